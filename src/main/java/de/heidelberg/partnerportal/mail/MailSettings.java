package de.heidelberg.partnerportal.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends mail ({@code portal.mail.*}; the SMTP server itself is Spring's {@code spring.mail.*}).
 *
 * @param send whether mails are sent; unset: not in demo mode ({@code portal.demo=true}), where they are only
 *     kept in the outbox, and sent otherwise
 * @param from the sender address, e.g. {@code "Partnerstädte-Portal <international@heidelberg.de>"}
 * @param outboxRetention how long the outbox keeps a mail
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(
        @Nullable Boolean send,

        @DefaultValue("Partnerstädte-Portal <portal@localhost>")
        String from,

        @DefaultValue("90d") Duration outboxRetention) {

    boolean sends(boolean demo) {
        return send == null ? !demo : send;
    }
}
