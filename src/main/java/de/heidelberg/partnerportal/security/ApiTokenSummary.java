package de.heidelberg.partnerportal.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as the administration view shows it: never the token itself, only its first characters. */
public record ApiTokenSummary(
        long id,
        String name,
        Role role,
        String prefix,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable Instant lastUsedAt,
        ApiTokenState state) {}
