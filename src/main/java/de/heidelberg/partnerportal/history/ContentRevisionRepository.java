package de.heidelberg.partnerportal.history;

import de.heidelberg.partnerportal.content.ContentType;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

    List<ContentRevision> findByTypeAndItemIdOrderByIdDesc(ContentType type, long itemId);

    @Query(
            "select new de.heidelberg.partnerportal.history.ContentHistory$Revision(r.id, r.type, r.slug, r.action, r.changedBy,"
                    + " r.changedAt) from ContentRevision r order by r.id desc")
    List<ContentHistory.Revision> findLatest(Pageable page);
}
