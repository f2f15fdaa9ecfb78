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
 * A token an integration sends as {@code Authorization: Bearer …} instead of a password. Only the
 * SHA-256 hash of the token is stored, and a few characters of its start to recognise it by.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NewApiToken.NAME_MAX)
    private String name;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_by", nullable = false, length = AppUser.USERNAME_MAX)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = AppUser.USERNAME_MAX)
    private @Nullable String revokedBy;

    /** Written at most once a minute per token (see {@link ApiTokenRepository#recordUse}). */
    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(
            String name,
            Role role,
            String tokenHash,
            String tokenPrefix,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Role getRole() {
        return role;
    }

    String getTokenPrefix() {
        return tokenPrefix;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable
    String getRevokedBy() {
        return revokedBy;
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    /** Revoking is final; revoking a revoked token again changes nothing. */
    void revoke(String by, Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
            revokedBy = by;
        }
    }
}
