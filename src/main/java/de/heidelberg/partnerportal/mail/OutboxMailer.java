package de.heidelberg.partnerportal.mail;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.security.MailDelivery;
import de.heidelberg.partnerportal.security.MailReport;
import de.heidelberg.partnerportal.security.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mail through Spring's JavaMailSender (the SMTP server of {@code spring.mail.host}), or, where mails
 * are not sent (demo mode), keeps it; either way the outbox records it. Once a mail is sent, or failed, the
 * outbox keeps its text without the single-use link: only the recipient may open it. A kept mail keeps its
 * link, so that whoever tries the demo can follow it from the outbox.
 */
@Service
class OutboxMailer implements MailDelivery, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final I18n i18n;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final boolean sends;

    OutboxMailer(
            OutboxMailRepository outbox,
            ObjectProvider<JavaMailSender> senders,
            MailSettings settings,
            PortalProperties properties,
            I18n i18n,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.senders = senders;
        this.settings = settings;
        this.i18n = i18n;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.sends = settings.sends(properties.demo());
    }

    boolean sends() {
        return sends;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!sends) {
            log.info("Mails are not sent (demo mode, portal.mail.send=false): they are kept in the outbox,"
                    + " /admin/outbox");
        } else if (senders.getIfAvailable() == null) {
            log.warn("Mails are to be sent (portal.mail.send), but no mail server is configured"
                    + " (spring.mail.host): every mail will fail and show so in the outbox, /admin/outbox");
        } else {
            log.info("Mails are sent through the SMTP server of spring.mail.host, from {}", settings.from());
        }
    }

    @Override
    public MailReport deliver(OutgoingMail mail) {
        MailReport report = sends ? send(mail) : MailReport.kept();
        String kept = report.state() == MailReport.State.KEPT
                ? mail.text()
                : mail.text().replace(mail.secret(), i18n.text("mail.outbox.link-removed", mail.language()));
        record(mail, kept, report);
        return report;
    }

    private MailReport send(OutgoingMail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return MailReport.failed("No mail server configured (spring.mail.host)");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            message.setHeader("Content-Language", mail.language().getLanguage());
            // an automatic mail (RFC 3834): no out-of-office answers back to the portal
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
            return MailReport.sent();
        } catch (MailException | MessagingException failure) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            String reason = cause.getMessage() == null
                    ? cause.getClass().getSimpleName()
                    : cause.getMessage().strip();
            log.warn("A mail to {} could not be sent: {}", mail.recipient(), reason, failure);
            return MailReport.failed(reason);
        }
    }

    private void record(OutgoingMail mail, String text, MailReport report) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            outbox.deleteOlderThan(now.minus(settings.outboxRetention()));
            outbox.save(new OutboxMail(
                    mail.recipient(),
                    mail.subject(),
                    text,
                    mail.language().getLanguage(),
                    report.state(),
                    report.failure(),
                    now));
        });
    }
}
