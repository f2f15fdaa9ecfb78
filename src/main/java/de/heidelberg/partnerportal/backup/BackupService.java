package de.heidelberg.partnerportal.backup;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.cluster.ClusterLocks;
import de.heidelberg.partnerportal.search.SearchIndexAdmin;
import de.heidelberg.partnerportal.security.SecurityAction;
import de.heidelberg.partnerportal.security.SecurityAudit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backups of everything for administrators: downloaded, written to the backup folder (also every night, the
 * oldest removed beyond {@code portal.backup.keep}), and restored into an empty instance. See {@link BackupFormat}.
 */
@Service
public class BackupService {

    static final String ADMIN_ONLY = "hasRole('ADMIN')";
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final Pattern FILE_NAME = Pattern.compile("portal-backup-(\\d{8}-\\d{6})(?:-\\d+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Duration NIGHTLY_AT_MOST = Duration.ofHours(2);
    private static final Duration REBUILD_WAIT = Duration.ofMinutes(2);

    private final DataSource dataSource;
    private final BackupWriter writer;
    private final BackupReader reader;
    private final ObjectProvider<Flyway> flyway;
    private final Clock clock;
    private final Path folder;
    private final int keep;
    private final SearchIndexAdmin search;
    private final ClusterLocks locks;
    private final SecurityAudit audit;
    private final SecurityContextHolderStrategy securityContexts;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("portal-backup").daemon().factory());
    private final AtomicReference<@Nullable BackupJob> current = new AtomicReference<>();
    private final ReentrantLock restoring = new ReentrantLock();

    BackupService(
            DataSource dataSource,
            JsonMapper json,
            ObjectProvider<Flyway> flyway,
            Clock clock,
            PortalProperties properties,
            @Value("${portal.backup.keep:14}") int keep,
            SearchIndexAdmin search,
            ClusterLocks locks,
            SecurityAudit audit,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.dataSource = dataSource;
        this.writer = new BackupWriter(json);
        this.reader = new BackupReader(json);
        this.flyway = flyway;
        this.clock = clock;
        this.folder = properties.dataDir().resolve("backups");
        this.keep = Math.max(1, keep);
        this.search = search;
        this.locks = locks;
        this.audit = audit;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Writes a backup of everything now into {@code out} (which stays open). */
    @PreAuthorize(ADMIN_ONLY)
    public BackupSummary export(OutputStream out) throws IOException {
        return export(out, clock.instant(), rows -> {}, rows -> {});
    }

    /** The same as {@link #export(OutputStream)} with a given export time: two exports of the same data are equal. */
    @PreAuthorize(ADMIN_ONLY)
    public BackupSummary export(OutputStream out, Instant createdAt) throws IOException {
        return export(out, createdAt, rows -> {}, rows -> {});
    }

    /** True if there is nothing a restore would overwrite: no content and at most the first administrator. */
    @PreAuthorize(ADMIN_ONLY)
    public boolean isEmptyInstance() {
        try (Connection connection = dataSource.getConnection()) {
            return BackupReader.isEmpty(connection);
        } catch (SQLException e) {
            throw new BackupException("backup.error.failed");
        }
    }

    /**
     * Restores an archive into this empty instance: checked completely first, then written in one transaction;
     * the search index is rebuilt afterwards (in the background). Refused with a {@link BackupException} (nothing
     * written) for a non-empty instance, a newer format, a damaged or changed archive.
     */
    @PreAuthorize(ADMIN_ONLY)
    public BackupSummary restore(Path archive) {
        return restore(archive, rows -> {}, rows -> {});
    }

    /** The backups in the backup folder, newest first. */
    @PreAuthorize(ADMIN_ONLY)
    public List<StoredBackup> storedBackups() {
        return stored();
    }

    /** One backup file of the folder, by its listed name (nothing else can be reached). */
    @PreAuthorize(ADMIN_ONLY)
    public Optional<Path> storedBackupFile(String name) {
        return stored().stream()
                .filter(backup -> backup.name().equals(name))
                .map(backup -> folder.resolve(backup.name()))
                .findFirst();
    }

    /** The folder the backups are written to. */
    @PreAuthorize(ADMIN_ONLY)
    public Path folder() {
        return folder.toAbsolutePath().normalize();
    }

    /** How many backups the folder keeps. */
    @PreAuthorize(ADMIN_ONLY)
    public int keep() {
        return keep;
    }

    /** The backup or restore running or last run on this node, if any. */
    @PreAuthorize(ADMIN_ONLY)
    public Optional<BackupJob> currentJob() {
        return Optional.ofNullable(current.get());
    }

    /** Starts a backup into the backup folder in the background; refused while another job runs. */
    @PreAuthorize(ADMIN_ONLY)
    public BackupJob startBackup() {
        return start(BackupJob.Kind.BACKUP, job -> {
            Written written = writeToFolder(job::total, job::done);
            job.succeeded(written.summary(), written.file());
        });
    }

    /**
     * Starts restoring an uploaded archive in the background; the file is deleted afterwards. Refused while
     * another job runs.
     */
    @PreAuthorize(ADMIN_ONLY)
    public BackupJob startRestore(Path uploaded) throws IOException {
        try {
            return start(BackupJob.Kind.RESTORE, job -> {
                try {
                    job.succeeded(restore(uploaded, job::total, job::done), null);
                } finally {
                    Files.deleteIfExists(uploaded);
                }
            });
        } catch (BackupException busy) {
            Files.deleteIfExists(uploaded);
            throw busy;
        }
    }

    /** Every night (by default 02:30; {@code portal.backup.cron}), on one node of a cluster. */
    @Scheduled(cron = "${portal.backup.cron:0 30 2 * * *}")
    void nightly() {
        locks.tryLock("nightly-backup", NIGHTLY_AT_MOST).ifPresent(lock -> {
            try {
                StoredBackup written = writeToFolder(rows -> {}, rows -> {}).file();
                log.info("Nightly backup written: {} ({} bytes)", written.name(), written.size());
            } catch (RuntimeException | IOException e) {
                log.error("Nightly backup failed", e);
            } finally {
                lock.unlock();
            }
        });
    }

    private interface Work {
        void run(BackupJob job) throws IOException;
    }

    private BackupJob start(BackupJob.Kind kind, Work work) {
        BackupJob job = new BackupJob(kind, clock.instant());
        BackupJob before = current.get();
        if (before != null && before.state() == BackupJob.State.RUNNING) {
            throw new BackupException("backup.error.busy");
        }
        if (!current.compareAndSet(before, job)) {
            throw new BackupException("backup.error.busy");
        }
        Authentication caller = securityContexts.getContext().getAuthentication();
        jobs.execute(() -> {
            SecurityContext context = securityContexts.createEmptyContext();
            context.setAuthentication(caller);
            securityContexts.setContext(context);
            try {
                work.run(job);
            } catch (BackupException e) {
                job.failed(e);
            } catch (IOException | RuntimeException e) {
                log.error("Backup job {} failed", kind, e);
                job.failed(new BackupException("backup.error.failed"));
            } finally {
                securityContexts.clearContext();
            }
        });
        return job;
    }

    private BackupSummary export(OutputStream out, Instant createdAt, LongConsumer total, LongConsumer done)
            throws IOException {
        String actor = actor();
        BackupSummary summary;
        try (Connection connection = dataSource.getConnection()) {
            summary = writer.write(connection, schemaVersion(), createdAt, out, total, done);
        } catch (SQLException e) {
            log.error("Backup failed", e);
            throw new BackupException("backup.error.failed");
        }
        // after the snapshot: the archive does not hold its own record, so a restored instance exports the same
        audit.record(SecurityAction.BACKUP_EXPORTED, actor, "backup", null, Map.of(SecurityAudit.ROWS, summary.rows()));
        return summary;
    }

    private BackupSummary restore(Path archive, LongConsumer total, LongConsumer done) {
        if (!restoring.tryLock()) {
            throw new BackupException("backup.error.busy");
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            BackupFormat.Manifest manifest = reader.verify(zip, BackupReader.majorVersion(schemaVersion()));
            total.accept(manifest.tables().stream()
                    .mapToLong(BackupFormat.TableEntry::rows)
                    .sum());
            BackupSummary summary;
            try (Connection connection = dataSource.getConnection()) {
                summary = reader.restore(zip, manifest, connection, done);
            } catch (SQLException e) {
                log.warn("Restore refused by the database; nothing was written", e);
                throw new BackupException("backup.error.rows");
            }
            log.warn(
                    "Backup of {} restored by {}: {} tables, {} rows, {} files; the search index is rebuilt",
                    manifest.createdAt(),
                    actor(),
                    summary.tables(),
                    summary.rows(),
                    summary.files());
            rebuildIndex();
            return summary;
        } catch (ZipException e) {
            throw new BackupException("backup.error.not-a-backup");
        } catch (IOException e) {
            throw new BackupException(
                    "backup.error.damaged", archive.getFileName().toString());
        } finally {
            restoring.unlock();
        }
    }

    /**
     * The restored content is indexed anew; a rebuild or index check already running (e.g. the one after start-up)
     * is waited for, up to {@link #REBUILD_WAIT}.
     */
    private void rebuildIndex() {
        long until = System.nanoTime() + REBUILD_WAIT.toNanos();
        while (!search.rebuild()) {
            if (System.nanoTime() - until > 0) {
                log.error("The search index could not be rebuilt after the restore (another rebuild or check kept"
                        + " running): rebuild it at /admin/search");
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A backup's file name: {@code portal-backup-20261201-023000.zip}, the n-th of one second with {@code -n}. */
    static String fileName(Instant created, int n) {
        return "portal-backup-" + STAMP.format(LocalDateTime.ofInstant(created, ZoneId.systemDefault()))
                + (n > 1 ? "-" + n : "") + ".zip";
    }

    private record Written(StoredBackup file, BackupSummary summary) {}

    private Written writeToFolder(LongConsumer total, LongConsumer done) throws IOException {
        Files.createDirectories(folder);
        Instant now = clock.instant();
        String name = fileName(now, 1);
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = fileName(now, n);
        }
        // written beside, moved in when complete: a crash never leaves a half backup under a backup's name
        Path part = folder.resolve("." + name + ".part");
        BackupSummary summary;
        try (OutputStream out = Files.newOutputStream(part)) {
            summary = export(out, now, total, done);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Path target = folder.resolve(name);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
        rotate();
        return new Written(new StoredBackup(name, Files.size(target), now), summary);
    }

    private void rotate() throws IOException {
        List<StoredBackup> backups = stored();
        for (StoredBackup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(folder.resolve(old.name()));
            log.info("Old backup removed (keeping {}): {}", keep, old.name());
        }
    }

    private List<StoredBackup> stored() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<StoredBackup> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "portal-backup-*.zip")) {
            for (Path file : files) {
                Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    found.add(new StoredBackup(
                            file.getFileName().toString(),
                            Files.size(file),
                            Files.getLastModifiedTime(file).toInstant()));
                }
            }
        } catch (IOException e) {
            log.warn("Backup folder {} cannot be read", folder, e);
        }
        found.sort(Comparator.comparing(StoredBackup::created)
                .thenComparing(StoredBackup::name)
                .reversed());
        return found;
    }

    private String schemaVersion() {
        Flyway migrations = flyway.getIfAvailable();
        MigrationInfo applied = migrations == null ? null : migrations.info().current();
        return applied == null || applied.getVersion() == null
                ? "0"
                : applied.getVersion().getVersion();
    }

    private @Nullable String actor() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
