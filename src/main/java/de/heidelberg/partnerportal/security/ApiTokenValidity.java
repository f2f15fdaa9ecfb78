package de.heidelberg.partnerportal.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a request's token check reads of a token: whether it still works, its role, its last recorded use. */
record ApiTokenValidity(
        long id,
        Role role,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
