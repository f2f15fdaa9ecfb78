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
 * A single-use link's token (invitation, password reset). Only its SHA-256 hash is kept: whoever reads the
 * database cannot open a link. It ends when it is used, when a newer one is issued for the same account, or
 * when it expires.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "superseded_at")
    private @Nullable Instant supersededAt;

    protected AccountToken() {}

    AccountToken(long userId, LinkPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getUsedAt() {
        return usedAt;
    }

    @Nullable
    Instant getSupersededAt() {
        return supersededAt;
    }
}
