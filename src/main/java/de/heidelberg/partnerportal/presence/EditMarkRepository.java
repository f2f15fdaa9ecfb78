package de.heidelberg.partnerportal.presence;

import de.heidelberg.partnerportal.content.ContentType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EditMarkRepository extends JpaRepository<EditMark, EditMark.Key> {

    @Query("select m from EditMark m where m.key.type = :type and m.key.slug = :slug and m.expiresAt > :now"
            + " order by m.since")
    List<EditMark> findActive(ContentType type, String slug, Instant now);

    @Modifying
    @Query("delete from EditMark m where m.expiresAt <= :now")
    void deleteExpired(Instant now);
}
