package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the administration view shows it. */
public record UserSummary(
        String username,
        String displayName,
        Set<Role> roles,
        Set<String> translationLanguages,
        boolean enabled,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {}
