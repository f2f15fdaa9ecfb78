package de.heidelberg.partnerportal.content;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

    List<ContentRevision> findByTypeAndItemIdOrderByIdDesc(ContentType type, long itemId);

    List<ContentRevision> findAllByOrderByIdDesc(Pageable page);
}
