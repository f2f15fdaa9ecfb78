package de.heidelberg.partnerportal.search;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QueryStatRepository extends JpaRepository<QueryStat, String> {

    List<QueryStat> findAllByOrderBySearchesDescQueryAsc(Pageable page);

    List<QueryStat> findByLastHitsOrderBySearchesDescQueryAsc(long lastHits, Pageable page);
}
