package de.heidelberg.partnerportal.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface SignInLockRepository extends JpaRepository<SignInLock, Long> {

    /** The row, locked until the end of the transaction: failures of the same key count one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from SignInLock l where l.kind = :kind and l.key = :key")
    Optional<SignInLock> lock(SignInLockKind kind, String key);

    Optional<SignInLock> findByKindAndKey(SignInLockKind kind, String key);

    /**
     * The end of the later lock of the username and the address, if one of them is locked now. One statement by
     * the unique index, in no transaction of its own: it runs before every password check.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("select max(l.lockedUntil) from SignInLock l where l.lockedUntil > :now and ("
            + "(l.kind = de.heidelberg.partnerportal.security.SignInLockKind.ACCOUNT and l.key = :account)"
            + " or (l.kind = de.heidelberg.partnerportal.security.SignInLockKind.ADDRESS and l.key = :address))")
    @Nullable
    Instant lockedUntil(String account, String address, Instant now);

    /**
     * A success starts the username's count anew; written only when there were failures since the last new
     * start, so that a program signing in by HTTP Basic on every request does not write every time.
     */
    @Modifying
    @Query("update SignInLock l set l.countedFrom = :now"
            + " where l.kind = de.heidelberg.partnerportal.security.SignInLockKind.ACCOUNT and l.key = :account"
            + " and l.lastFailureAt > l.countedFrom")
    int startCountAnew(String account, Instant now);

    /** What administrators see: locked now, or failed within the window. */
    @Query("select l from SignInLock l where l.lockedUntil > :now or l.lastFailureAt > :windowStart"
            + " order by l.lockedUntil desc nulls last, l.lastFailureAt desc")
    List<SignInLock> findActive(Instant now, Instant windowStart);

    /** Rows that say nothing any more: no failure and no lock since {@code forgotten}. */
    @Modifying
    @Query("delete from SignInLock l where l.lastFailureAt < :forgotten"
            + " and (l.lockedUntil is null or l.lockedUntil < :forgotten)")
    int deleteForgotten(Instant forgotten);
}
