package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findAllByOrderByCreatedAtDesc();

    /**
     * Just what the per-request check needs, by the unique index on the hash. In no transaction of its own
     * (a repository's default is a read-only one): one statement, without a begin and a commit on every request.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("select new de.heidelberg.partnerportal.security.ApiTokenValidity(t.id, t.role, t.expiresAt,"
            + " t.revokedAt, t.lastUsedAt) from ApiToken t where t.tokenHash = :tokenHash")
    Optional<ApiTokenValidity> findValidity(String tokenHash);

    /**
     * Records a use unless one was recorded after {@code recordedAfter}: the condition in the statement keeps
     * several nodes (and parallel requests) from writing the row more than once in that time.
     */
    @Transactional
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :recordedAfter)")
    int recordUse(long id, Instant now, Instant recordedAfter);
}
