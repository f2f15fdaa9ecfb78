package de.heidelberg.partnerportal.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone saved the item after the editor opened it; the editor's save would overwrite that. */
public class StaleEditException extends ContentEditException {

    private final @Nullable String changedBy;
    private final @Nullable Instant changedAt;

    public StaleEditException(@Nullable String changedBy, @Nullable Instant changedAt) {
        super("edit.stale");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved in between, if known. */
    public @Nullable String changedBy() {
        return changedBy;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }
}
