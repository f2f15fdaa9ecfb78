package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as the administration view shows it.
 *
 * @param invitedAt when an invited account was invited, while its person has not chosen a password yet
 * @param invitationExpiresAt until when the newest invitation link works, while one is open
 */
public record UserSummary(
        String username,
        String displayName,
        Set<Role> roles,
        Set<String> translationLanguages,
        boolean enabled,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        @Nullable String email,
        @Nullable Instant invitedAt,
        @Nullable Instant invitationExpiresAt) {

    /** Invited, and the invitation not yet accepted. */
    public boolean invitationPending() {
        return invitedAt != null;
    }
}
