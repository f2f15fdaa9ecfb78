package de.heidelberg.partnerportal.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A username or address as administrators see it at {@code /admin/sign-in-locks}.
 *
 * @param lockedUntil the end of its current lock; null when it is not locked now
 * @param failures wrong passwords within the counting window
 * @param locks the number of its latest lock in a row (each one lasts twice as long as the one before)
 * @param lastAddress the address of its latest wrong password
 */
public record SignInLockSummary(
        SignInLockKind kind,
        String key,
        @Nullable Instant lockedUntil,
        long failures,
        int locks,
        Instant lastFailureAt,
        @Nullable String lastAddress) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
