package de.heidelberg.partnerportal.search;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QueryStatRepository extends JpaRepository<QueryStat, String> {

    List<QueryStat> findAllByOrderBySearchesDescQueryAsc(Pageable page);

    List<QueryStat> findByLastHitsOrderBySearchesDescQueryAsc(long lastHits, Pageable page);

    /** One more search of the query, counted in the database (no lost counts); the rows changed. */
    @Modifying
    @Query("update QueryStat s set s.searches = s.searches + 1, s.lastHits = :hits, s.lastSearched = :day"
            + " where s.query = :query")
    int count(String query, long hits, LocalDate day);

    /**
     * The first search of a query: a plain insert (never a merge, which would overwrite a row another
     * search added meanwhile); fails on the unique key when that row exists.
     */
    @Modifying
    @Query("insert into QueryStat (query, searches, lastHits, lastSearched) values (:query, 1, :hits, :day)")
    int add(String query, long hits, LocalDate day);
}
