package de.heidelberg.partnerportal.mail;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @Modifying
    @Query("delete from OutboxMail m where m.createdAt < :before")
    int deleteOlderThan(Instant before);
}
