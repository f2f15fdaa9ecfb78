package de.heidelberg.partnerportal.security;

/**
 * Sends the portal's mails to a person (invitations, password links). The mail feature implements it: it
 * sends through the configured SMTP server, or keeps the mail in the outbox where mails are not sent (demo
 * mode), and records every mail in the outbox.
 */
public interface MailDelivery {

    /** Sends or keeps the mail; a failed send is reported (and recorded), never thrown. */
    MailReport deliver(OutgoingMail mail);
}
