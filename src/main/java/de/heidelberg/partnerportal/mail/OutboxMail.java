package de.heidelberg.partnerportal.mail;

import de.heidelberg.partnerportal.security.MailReport;
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

/** One mail as the outbox shows it; written once, never changed. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 10_000;
    static final int FAILURE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    private MailReport.State state;

    @Column(length = FAILURE_MAX)
    private @Nullable String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMail() {}

    OutboxMail(
            String recipient,
            String subject,
            String body,
            String language,
            MailReport.State state,
            @Nullable String failure,
            Instant createdAt) {
        this.recipient = recipient;
        this.subject = cut(subject, SUBJECT_MAX);
        this.body = cut(body, BODY_MAX);
        this.language = language;
        this.state = state;
        this.failure = failure == null ? null : cut(failure, FAILURE_MAX);
        this.createdAt = createdAt;
    }

    OutboxEntry entry() {
        return new OutboxEntry(id == null ? 0 : id, recipient, subject, body, language, state, failure, createdAt);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
