package de.heidelberg.partnerportal.security;

import org.jspecify.annotations.Nullable;

/** What became of a mail: kept in the outbox (not sent), sent, or failed with the mail server's reason. */
public record MailReport(State state, @Nullable String failure) {

    public enum State {
        /** Not sent (demo mode): readable in the outbox. */
        KEPT,
        SENT,
        FAILED;

        /** The translation key of the state's name. */
        public String labelKey() {
            return "mail.state." + name();
        }
    }

    public static MailReport kept() {
        return new MailReport(State.KEPT, null);
    }

    public static MailReport sent() {
        return new MailReport(State.SENT, null);
    }

    public static MailReport failed(String reason) {
        return new MailReport(State.FAILED, reason);
    }
}
