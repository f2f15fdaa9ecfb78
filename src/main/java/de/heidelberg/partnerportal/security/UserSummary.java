package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as the administration view shows it.
 *
 * @param source whether the account is the portal's own or signs in with the city's directory
 * @param email the directory's e-mail address of a directory account
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
        @Nullable String email) {

    /** Roles and password of a directory account are the directory's; the portal does not change them. */
    public boolean fromDirectory() {
        return source == AccountSource.DIRECTORY;
    }
}
