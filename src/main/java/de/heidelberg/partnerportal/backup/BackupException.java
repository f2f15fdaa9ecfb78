package de.heidelberg.partnerportal.backup;

import java.util.List;

/**
 * A backup or restore that was refused or failed, with the translation key of its message for the person (or the
 * program) that asked, and its parameters. Nothing was written when a restore ends with this.
 */
public class BackupException extends RuntimeException {

    private final String messageKey;
    private final List<Object> parameters;

    public BackupException(String messageKey, Object... parameters) {
        super(messageKey + " " + List.of(parameters));
        this.messageKey = messageKey;
        this.parameters = List.of(parameters);
    }

    /** The same refusal, with what caused it (for the log). */
    BackupException causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.toArray();
    }

    /** True if the archive (not the instance or the server) is the reason: refused, not failed. */
    public boolean archiveRefused() {
        return !messageKey.equals("backup.error.not-empty")
                && !messageKey.equals("backup.error.failed")
                && !messageKey.equals("backup.error.busy");
    }
}
