package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.cluster.ClusterLocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index rebuild as every node sees it: at most one runs across all nodes (a cluster lock), and its
 * progress is written to the database (table {@code search_rebuild}) about once a second, so that
 * {@code /admin/search} shows it on every node. A rebuild whose node stops writing for a minute (it
 * died) counts as not running any more, and its lock runs out so that another may start.
 */
@Component
class RebuildState {

    /** The state shown: running or not, and how far. */
    record Progress(boolean running, long rebuilt, long toRebuild) {}

    private static final String LOCK = "search-rebuild";
    /** A rebuild's lock lasts this long unless its node renews it (it does, with its progress). */
    private static final Duration LOCK_LEASE = Duration.ofMinutes(2);

    private static final Duration WRITE_EVERY = Duration.ofSeconds(1);
    private static final Duration DEAD_AFTER = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final ClusterLocks locks;
    private final Clock clock;

    RebuildState(JdbcTemplate jdbc, ClusterLocks locks, Clock clock) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    /** Starts a rebuild of this many items on this node; empty when one runs already (on any node). */
    Optional<Run> start(long toRebuild) {
        return locks.tryLock(LOCK, LOCK_LEASE).map(lock -> {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.update(
                    "update search_rebuild set node = ?, started_at = ?, heartbeat_at = ?, finished_at = null,"
                            + " running = true, rebuilt = 0, to_rebuild = ?, failed = false where id = 1",
                    locks.node(),
                    now,
                    now,
                    toRebuild);
            return new Run(lock);
        });
    }

    /**
     * The rebuild's lock, for other work on the whole index that must not run beside a rebuild (the index check:
     * a document it writes while the rebuild adds all of them would be there twice); empty while a rebuild or
     * such work runs on any node. The caller renews and unlocks it.
     */
    Optional<SimpleLock> lockAgainstRebuilds(Duration lease) {
        return locks.tryLock(LOCK, lease);
    }

    /** The rebuild's state as the database has it. */
    Progress progress() {
        return jdbc.queryForObject(
                "select running, heartbeat_at, rebuilt, to_rebuild from search_rebuild where id = 1", (row, number) -> {
                    Timestamp heartbeat = row.getTimestamp("heartbeat_at");
                    boolean alive = heartbeat != null
                            && heartbeat.toInstant().isAfter(clock.instant().minus(DEAD_AFTER));
                    return new Progress(
                            row.getBoolean("running") && alive, row.getLong("rebuilt"), row.getLong("to_rebuild"));
                });
    }

    /** A rebuild running on this node. */
    final class Run {

        private final AtomicReference<SimpleLock> lock;
        private final AtomicLong rebuilt = new AtomicLong();
        private final AtomicLong lastWrite = new AtomicLong();

        private Run(SimpleLock lock) {
            this.lock = new AtomicReference<>(lock);
        }

        long rebuilt() {
            return rebuilt.get();
        }

        /** Counts written documents; writes the progress (and renews the lock) at most once a second. */
        void added(long documents) {
            long total = rebuilt.addAndGet(documents);
            long now = clock.millis();
            long last = lastWrite.get();
            if (now - last >= WRITE_EVERY.toMillis() && lastWrite.compareAndSet(last, now)) {
                jdbc.update(
                        "update search_rebuild set rebuilt = ?, heartbeat_at = ? where id = 1",
                        total,
                        Timestamp.from(Instant.ofEpochMilli(now)));
                lock.get().extend(LOCK_LEASE, Duration.ZERO).ifPresent(lock::set);
            }
        }

        /** The rebuild ended (or failed): others may start one; every node shows the end. */
        void finish(boolean failed) {
            try {
                jdbc.update(
                        "update search_rebuild set running = false, rebuilt = ?, finished_at = ?, failed = ?"
                                + " where id = 1",
                        rebuilt.get(),
                        Timestamp.from(clock.instant()),
                        failed);
            } finally {
                lock.get().unlock();
            }
        }
    }
}
