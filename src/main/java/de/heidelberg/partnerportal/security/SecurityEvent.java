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

/** One entry of the security audit trail; written once, never changed. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Who did it; empty when the portal did it by itself (a lock). */
    @Column(length = AppUser.USERNAME_MAX)
    private @Nullable String actor;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private SecurityAction action;

    /** The username or address it is about. */
    @Column(nullable = false, length = SignInLock.KEY_MAX)
    private String subject;

    /** The client address the event came from, where there was one. */
    @Column(length = SignInLock.ADDRESS_MAX)
    private @Nullable String address;

    /** The action's details as a JSON object. */
    @Column(nullable = false, length = DETAIL_MAX)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(
            Instant occurredAt,
            @Nullable String actor,
            SecurityAction action,
            String subject,
            @Nullable String address,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.address = address;
        this.detail = detail;
    }

    long getId() {
        return id == null ? 0 : id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    @Nullable
    String getActor() {
        return actor;
    }

    SecurityAction getAction() {
        return action;
    }

    String getSubject() {
        return subject;
    }

    @Nullable
    String getAddress() {
        return address;
    }

    String getDetail() {
        return detail;
    }
}
