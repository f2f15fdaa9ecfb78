package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The newest link of this kind the account got, for the limit on reset mails. */
    Optional<AccountToken> findFirstByUserIdAndPurposeOrderByCreatedAtDesc(long userId, LinkPurpose purpose);

    /** Open invitation links, for the user list ("link valid until …"). */
    @Query("select t from AccountToken t where t.purpose = de.heidelberg.partnerportal.security.LinkPurpose.INVITATION"
            + " and t.usedAt is null and t.supersededAt is null")
    List<AccountToken> findOpenInvitations();

    /**
     * Uses a link: only one request can, however many arrive at once on however many nodes (the condition is
     * part of the statement).
     */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null"
            + " and t.supersededAt is null and t.expiresAt > :now")
    int use(long id, Instant now);

    /** Ends every open link of an account (a newer one was issued, or the password was set). */
    @Modifying
    @Query("update AccountToken t set t.supersededAt = :now where t.userId = :userId and t.usedAt is null"
            + " and t.supersededAt is null")
    int supersedeOpen(long userId, Instant now);

    /** Forgets an account's links that ended long ago. */
    @Modifying
    @Query("delete from AccountToken t where t.userId = :userId and t.expiresAt < :before")
    int deleteExpiredBefore(long userId, Instant before);
}
