package de.heidelberg.partnerportal.backup;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a backup of years of work costs, measured and reported, never asserted: the demo content plus generated
 * history ({@code -Dbench.revisions=20000} versions of about 8 KB), texts ({@code -Dbench.texts=30000} in three
 * languages) and images ({@code -Dbench.images=100} of 1 MB), in H2 files as in production; exported to a file,
 * then restored into a new, empty portal. Reports time, archive size, and the heap's peak (all heap pools' peak
 * usage, reset before each step). Not part of the test suite (profile {@code bench}); run:
 * {@code ./mvnw -Pproduction,bench test -Dtest=BackupBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes target/backup-benchmark.md.
 */
@SpringBootTest(
        classes = PartnerPortalApplication.class,
        properties = "spring.datasource.url=jdbc:h2:file:./target/backup-benchmark/source;DB_CLOSE_ON_EXIT=FALSE")
@ActiveProfiles("test")
class BackupBenchmark {

    private static final int REVISIONS = Integer.getInteger("bench.revisions", 20_000);
    private static final int TEXTS = Integer.getInteger("bench.texts", 30_000);
    private static final int IMAGES = Integer.getInteger("bench.images", 100);

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportAndRestore() throws Exception {
        generate();
        long rows = 0;
        for (String table : List.of("content_revision", "translated_text", "translated_text_value", "content_image")) {
            rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
        }
        Path archive = Path.of("target", "backup-benchmark", "archive.zip");
        resetPeaks();
        long start = System.nanoTime();
        BackupSummary exported = asAdmin(() -> {
            try (OutputStream out = Files.newOutputStream(archive)) {
                return backups.export(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        long exportPeak = peakHeap();

        double restoreSeconds;
        long restorePeak;
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(PartnerPortalApplication.class)
                .profiles("prod", "test")
                .properties(Map.of(
                        "portal.initial-admin-password",
                        "Benchmark ohne Eile",
                        "spring.datasource.url",
                        "jdbc:h2:file:./target/backup-benchmark/restored-" + System.nanoTime()
                                + ";DB_CLOSE_ON_EXIT=FALSE"))
                .run("--server.port=0")) {
            BackupService restoring = empty.getBean(BackupService.class);
            resetPeaks();
            start = System.nanoTime();
            asAdmin(() -> restoring.restore(archive));
            restoreSeconds = (System.nanoTime() - start) / 1e9;
            restorePeak = peakHeap();
        }
        String report = """
                # Backup benchmark

                %s rows in the generated tables (%d versions, %d texts, %d images of 1 MB) plus the demo content;
                max heap %d MB; JDK %s; %d cores.

                | step | time | rows | archive | heap peak |
                |---|---|---|---|---|
                | export | %.1f s | %d | %.1f MB | %d MB |
                | restore into an empty portal | %.1f s | %d | | %d MB |
                """.formatted(
                        rows,
                        REVISIONS,
                        TEXTS,
                        IMAGES,
                        Runtime.getRuntime().maxMemory() >> 20,
                        System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(),
                        exportSeconds,
                        exported.rows(),
                        Files.size(archive) / 1e6,
                        exportPeak >> 20,
                        restoreSeconds,
                        exported.rows(),
                        restorePeak >> 20);
        Files.writeString(Path.of("target", "backup-benchmark.md"), report);
        System.out.println(report);
    }

    private void generate() {
        if (jdbc.queryForObject("select count(*) from content_revision", Long.class) >= REVISIONS) {
            return;
        }
        Random random = new Random(15);
        StringBuilder snapshot = new StringBuilder();
        while (snapshot.length() < 8_000) {
            snapshot.append("{\"title\":\"Städtepartnerschaft Heidelberg – Montpellier ")
                    .append(random.nextInt())
                    .append("\"},");
        }
        List<Object[]> revisions = new ArrayList<>();
        for (int i = 0; i < REVISIONS; i++) {
            revisions.add(new Object[] {
                "NEWS", (long) i, "bench-" + i, "UPDATED", "editor", Timestamp.from(Instant.now()), snapshot.toString()
            });
        }
        jdbc.batchUpdate(
                "insert into content_revision (content_type, item_id, slug, action, changed_by, changed_at, snapshot)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                revisions);
        for (int i = 0; i < TEXTS; i++) {
            Long id = jdbc.queryForObject(
                    "select id from final table (insert into translated_text (source_revision, version) values (1, 0))",
                    Long.class);
            for (String language : List.of("de", "en", "fr")) {
                jdbc.update(
                        "insert into translated_text_value (text_id, language, text, based_on_revision) values (?, ?, ?, 1)",
                        id,
                        language,
                        "Ein Text über die Partnerschaft Nummer " + i + " in " + language + ", " + random.nextLong());
            }
        }
        byte[] image = new byte[1_000_000];
        for (int i = 0; i < IMAGES; i++) {
            random.nextBytes(image);
            jdbc.update(
                    "insert into content_image (media_type, data, byte_size, width, height, created_at, created_by)"
                            + " values ('image/png', ?, ?, 10, 10, ?, 'editor')",
                    image,
                    image.length,
                    Timestamp.from(Instant.now()));
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
