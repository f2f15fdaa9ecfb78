package de.heidelberg.partnerportal.content;

import java.time.Instant;

/** Someone saved the item after the editor opened it; the editor's save would overwrite that. */
public class StaleEditException extends ContentEditException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleEditException(String changedBy, Instant changedAt) {
        super("edit.stale");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved in between, if known. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
