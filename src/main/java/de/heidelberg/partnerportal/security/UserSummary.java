package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as the administration view shows it.
 *
 * @param source whether the account is the portal's own or signs in with the city's directory
 * @param email the account's e-mail address (for a directory account the directory's)
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
        AccountSource source,
        @Nullable String email,
        @Nullable Instant invitedAt,
        @Nullable Instant invitationExpiresAt) {

    /** Roles and password of a directory account are the directory's; the portal does not change them. */
    public boolean fromDirectory() {
        return source == AccountSource.DIRECTORY;
    }

    /** Invited, and the invitation not yet accepted. */
    public boolean invitationPending() {
        return invitedAt != null;
    }
}
