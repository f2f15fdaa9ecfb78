package de.heidelberg.partnerportal.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A backup or restore running in the background, as the backup page shows it: rows done out of rows in all,
 * then the result or the reason it failed. One at a time per node.
 */
public final class BackupJob {

    public enum Kind {
        BACKUP,
        RESTORE
    }

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    private final Kind kind;
    private final Instant started;
    private volatile State state = State.RUNNING;
    private volatile long total;
    private volatile long done;
    private volatile @Nullable BackupSummary summary;
    private volatile @Nullable StoredBackup file;
    private volatile @Nullable BackupException failure;

    BackupJob(Kind kind, Instant started) {
        this.kind = kind;
        this.started = started;
    }

    public Kind kind() {
        return kind;
    }

    public Instant started() {
        return started;
    }

    public State state() {
        return state;
    }

    /** Between 0 and 1; 0 while the size is not known yet. */
    public double progress() {
        long all = total;
        return all <= 0 ? 0 : Math.min(1, (double) done / all);
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    public @Nullable BackupSummary summary() {
        return summary;
    }

    /** The backup file a backup job wrote. */
    public @Nullable StoredBackup file() {
        return file;
    }

    public @Nullable BackupException failure() {
        return failure;
    }

    void total(long rows) {
        total = rows;
    }

    void done(long rows) {
        done = rows;
    }

    void succeeded(BackupSummary result, @Nullable StoredBackup written) {
        summary = result;
        file = written;
        done = total;
        state = State.DONE;
    }

    void failed(BackupException reason) {
        failure = reason;
        state = State.FAILED;
    }
}
