package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.cluster.ClusterLocks;
import de.heidelberg.partnerportal.content.ContentAccess;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Compares the search index with the database and writes again only what differs. The embedded index
 * commits about once a second, and an index update follows the database commit: a crash in between leaves
 * saved changes out of the index. For every kind of content the check reads each document's item id and the
 * item version it was written from ({@link ContentDocumentBinder#VERSION}), then each item's id and version
 * in the database, and re-indexes items without a document or with a document of another version (or two),
 * and removes documents of items that no longer exist. It never runs beside a rebuild or another check (on
 * any node), and its result is kept in the database for {@code /admin/search} on every node.
 */
@Service
public class SearchIndexCheck {

    /** The last check's result: when, on which node, how many items and documents, what was repaired. */
    public record Result(
            Instant checkedAt,
            String node,
            long compared,
            long documents,
            long missing,
            long stale,
            long orphaned,
            boolean failed) {

        public long repaired() {
            return missing + stale + orphaned;
        }
    }

    /** The last result (none before the first check) and whether a check runs now. */
    public record Status(@Nullable Result last, boolean running) {}

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);
    /** The lock lasts this long unless renewed (after every kind and batch): a node that dies frees it soon. */
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** A check that says it runs but started longer ago than this died with its node. */
    private static final Duration DEAD_AFTER = Duration.ofMinutes(10);

    private static final int REPAIR_BATCH = 100;
    private static final int IDS_LOGGED = 20;

    private final EntityManagerFactory entityManagerFactory;
    private final ItemVersions versions;
    private final RebuildState rebuilds;
    private final JdbcTemplate jdbc;
    private final ClusterLocks locks;
    private final Clock clock;
    private final AtomicBoolean runningHere = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "search-index-check");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexCheck(
            EntityManagerFactory entityManagerFactory,
            ItemVersions versions,
            RebuildState rebuilds,
            JdbcTemplate jdbc,
            ClusterLocks locks,
            Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.versions = versions;
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    @PreAuthorize(ContentAccess.ADMINS)
    public Status status() {
        return currentStatus();
    }

    Status currentStatus() {
        return jdbc.queryForObject("select * from search_index_check where id = 1", (row, number) -> {
            Timestamp checked = row.getTimestamp("checked_at");
            Timestamp started = row.getTimestamp("started_at");
            boolean running = runningHere.get()
                    || (row.getBoolean("running")
                            && started != null
                            && started.toInstant().isAfter(clock.instant().minus(DEAD_AFTER)));
            Result last = checked == null
                    ? null
                    : new Result(
                            checked.toInstant(),
                            String.valueOf(row.getString("node")),
                            row.getLong("compared"),
                            row.getLong("documents"),
                            row.getLong("missing"),
                            row.getLong("stale"),
                            row.getLong("orphaned"),
                            row.getBoolean("failed"));
            return new Status(last, running);
        });
    }

    /**
     * Starts a check in the background; false when one runs already on this node, or a rebuild or a check
     * runs on any node.
     */
    @PreAuthorize(ContentAccess.ADMINS)
    public boolean checkAndRepair() {
        if (currentStatus().running() || rebuilds.progress().running()) {
            return false;
        }
        return startInBackground(this::checkNow);
    }

    /**
     * The check after start-up, in the background: it waits while another node checks (and then leaves the
     * work to it) and skips when a rebuild writes the whole index anyway.
     */
    void checkAfterStart(Duration waitAtMost) {
        startInBackground(() -> {
            Instant since = clock.instant();
            Instant giveUp = since.plus(waitAtMost);
            while (true) {
                if (rebuilds.progress().running()) {
                    log.info("Search index check skipped: a rebuild writes the whole index");
                    return;
                }
                Result last = currentStatus().last();
                if (last != null && !last.checkedAt().isBefore(since)) {
                    log.info("Search index check skipped: node {} has just checked the index", last.node());
                    return;
                }
                if (checkNow().isPresent()) {
                    return;
                }
                if (clock.instant().isAfter(giveUp)) {
                    log.warn(
                            "Search index check skipped: another check or a rebuild held the index for {}", waitAtMost);
                    return;
                }
                sleep(Duration.ofSeconds(2));
            }
        });
    }

    private boolean startInBackground(Runnable check) {
        if (!runningHere.compareAndSet(false, true)) {
            return false;
        }
        background.execute(() -> {
            try {
                check.run();
            } catch (RuntimeException failed) {
                log.error("Search index check failed", failed);
            } finally {
                runningHere.set(false);
            }
        });
        return true;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Compares and repairs now, on this thread; empty when a rebuild or another check holds the index. */
    Optional<Result> checkNow() {
        Optional<SimpleLock> locked = rebuilds.lockAgainstRebuilds(LEASE);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        AtomicReference<SimpleLock> lock = new AtomicReference<>(locked.get());
        try {
            return Optional.of(compareAndRepair(lock));
        } finally {
            lock.get().unlock();
        }
    }

    private Result compareAndRepair(AtomicReference<SimpleLock> lock) {
        Instant started = clock.instant();
        long begin = System.nanoTime();
        jdbc.update(
                "update search_index_check set running = true, started_at = ?, node = ? where id = 1",
                Timestamp.from(started),
                locks.node());
        long compared = 0;
        long documents = 0;
        long missing = 0;
        long stale = 0;
        long orphaned = 0;
        List<String> repairs = new ArrayList<>();
        try {
            for (SearchIndexedEntity<?> entity :
                    Search.mapping(entityManagerFactory).allIndexedEntities()) {
                // the index first: an item saved meanwhile is then at worst written once more, never removed
                Map<Long, @Nullable Long> indexed = versions.indexed(entity.javaClass());
                Map<Long, Long> stored = versions.stored(entity.jpaName());
                IndexDifferences differences = IndexDifferences.between(stored, indexed);
                compared += stored.size();
                documents += indexed.size();
                if (!differences.none()) {
                    repair(entity.javaClass(), entity.jpaName(), differences.all(), lock);
                    missing += differences.missing().size();
                    stale += differences.stale().size();
                    orphaned += differences.orphaned().size();
                    repairs.add(describe(entity.jpaName(), differences));
                }
                renew(lock);
            }
        } catch (RuntimeException failed) {
            record(new Result(now(), locks.node(), compared, documents, missing, stale, orphaned, true));
            throw failed;
        }
        Result result = new Result(now(), locks.node(), compared, documents, missing, stale, orphaned, false);
        record(result);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        if (repairs.isEmpty()) {
            log.info(
                    "Search index check: the index matches the database ({} items, {} documents) in {} ms",
                    compared,
                    documents,
                    millis);
        } else {
            log.warn(
                    "Search index check: repaired {} of {} items ({} documents): {} in {} ms",
                    result.repaired(),
                    compared,
                    documents,
                    String.join("; ", repairs),
                    millis);
        }
        return result;
    }

    /** Writes the items' documents again from the database, or removes those whose item no longer exists. */
    private void repair(Class<?> type, String entityName, List<Long> ids, AtomicReference<SimpleLock> lock) {
        for (int from = 0; from < ids.size(); from += REPAIR_BATCH) {
            versions.repair(type, entityName, ids.subList(from, Math.min(ids.size(), from + REPAIR_BATCH)));
            renew(lock);
        }
    }

    private static String describe(String entityName, IndexDifferences differences) {
        return entityName + " missing " + abbreviated(differences.missing()) + ", stale "
                + abbreviated(differences.stale()) + ", orphaned " + abbreviated(differences.orphaned());
    }

    private static String abbreviated(List<Long> ids) {
        return ids.size() <= IDS_LOGGED
                ? ids.toString()
                : ids.subList(0, IDS_LOGGED).toString().replace("]", ", … (" + ids.size() + ")]");
    }

    /** Now, to the millisecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void renew(AtomicReference<SimpleLock> lock) {
        lock.get().extend(LEASE, Duration.ZERO).ifPresent(lock::set);
    }

    private void record(Result result) {
        jdbc.update(
                "update search_index_check set running = false, checked_at = ?, node = ?, compared = ?,"
                        + " documents = ?, missing = ?, stale = ?, orphaned = ?, failed = ? where id = 1",
                Timestamp.from(result.checkedAt()),
                result.node(),
                result.compared(),
                result.documents(),
                result.missing(),
                result.stale(),
                result.orphaned(),
                result.failed());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check the search index", interrupted);
        }
    }
}
