package de.heidelberg.partnerportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The throttling state of one username or one client address: until when it is locked, how many locks came
 * one after another, and from when its failures count. Changed only under the row's lock (see
 * {@link SignInLockRepository#lock}), so that nodes and threads failing at once count one after another.
 */
@Entity
@Table(name = "sign_in_lock")
class SignInLock {

    static final int KEY_MAX = 128;
    static final int ADDRESS_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    private SignInLockKind kind;

    @Column(name = "lock_key", nullable = false, length = KEY_MAX)
    private String key;

    /** Failures count from this moment on (a success and a lock start the count anew). */
    @Column(name = "counted_from", nullable = false)
    private Instant countedFrom;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "last_address", length = ADDRESS_MAX)
    private @Nullable String lastAddress;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    /** The number of the latest lock in a row (0: none yet, or forgiven by an administrator). */
    @Column(nullable = false)
    private int locks;

    protected SignInLock() {}

    /** A new row: every failure within the window counts. */
    SignInLock(SignInLockKind kind, String key, Instant now) {
        this.kind = kind;
        this.key = key;
        this.countedFrom = Instant.EPOCH;
        this.lastFailureAt = now;
    }

    SignInLockKind getKind() {
        return kind;
    }

    String getKey() {
        return key;
    }

    Instant getCountedFrom() {
        return countedFrom;
    }

    Instant getLastFailureAt() {
        return lastFailureAt;
    }

    @Nullable
    String getLastAddress() {
        return lastAddress;
    }

    @Nullable
    Instant getLockedUntil() {
        return lockedUntil;
    }

    int getLocks() {
        return locks;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void failed(String address, Instant now) {
        lastFailureAt = now;
        lastAddress = address;
    }

    /**
     * Locks until {@code until} as the lock with this number in a row; the failures that led to it are done
     * with, the next ones count anew.
     */
    void lock(Instant now, Instant until, int number) {
        lockedUntil = until;
        locks = number;
        countedFrom = now;
    }

    /** An administrator ends the lock: failures count anew and the next lock is a first one again. */
    void unlock(Instant now) {
        lockedUntil = now;
        locks = 0;
        countedFrom = now;
    }
}
