package de.heidelberg.partnerportal.mail;

import de.heidelberg.partnerportal.security.MailReport;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox: to whom, what, in which language, when, and what became of it. */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        String text,
        String language,
        MailReport.State state,
        @Nullable String failure,
        Instant createdAt) {}
