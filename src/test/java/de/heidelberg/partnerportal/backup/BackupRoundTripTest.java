package de.heidelberg.partnerportal.backup;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.SignedIn;
import de.heidelberg.partnerportal.TestImages;
import de.heidelberg.partnerportal.city.PartnershipRecordService;
import de.heidelberg.partnerportal.image.ImageService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Export → a new, empty instance → restore → export gives the same archive, byte for byte (the export time held
 * equal); a full instance refuses a restore and keeps everything.
 */
@PortalTest
class BackupRoundTripTest {

    private static final Instant EXPORTED = Instant.parse("2026-12-01T12:00:00Z");

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImageService images;

    @Autowired
    PartnershipRecordService partnershipRecords;

    @TempDir
    Path folder;

    @Test
    void aRestoredInstanceExportsTheSameArchiveByteForByte() throws Exception {
        long image = SignedIn.as("editor", "ROLE_EDITOR", () -> images.store(TestImages.png(9, 5)));
        long document = SignedIn.as(
                "editor",
                "ROLE_EDITOR",
                () -> partnershipRecords.upload(
                        "montpellier", "Charte.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] original = export(backups);
        Path archive = Files.write(folder.resolve("backup.zip"), original);
        assertArchiveHoldsEverything(archive);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry file = zip.getEntry("files/content_image/" + image + ".data.png");
            assertThat(file).as("the image as a file of its own").isNotNull();
            assertThat(zip.getInputStream(file).readAllBytes())
                    .isEqualTo(jdbc.queryForObject("select data from content_image where id = ?", byte[].class, image));
            assertThat(zip.getEntry("files/city_document/" + document + ".data.pdf"))
                    .as("an agreement document as a PDF file of its own")
                    .isNotNull();
        }

        try (ConfigurableApplicationContext empty = emptyInstance()) {
            BackupService restored = empty.getBean(BackupService.class);
            JdbcTemplate restoredJdbc = empty.getBean(JdbcTemplate.class);
            assertThat(asAdmin(restored::isEmptyInstance)).isTrue();

            BackupSummary summary = asAdmin(() -> restored.restore(archive));

            assertThat(summary.rows()).isEqualTo(rowsOf(archive));
            System.out.println("Restored " + summary);
            assertThat(summary.files())
                    .isEqualTo(count(jdbc, "content_image") + count(jdbc, "city_document"))
                    .isGreaterThan(1);
            assertThat(restoredJdbc.queryForObject("select data from content_image where id = ?", byte[].class, image))
                    .isEqualTo(jdbc.queryForObject("select data from content_image where id = ?", byte[].class, image));
            assertThat(export(restored)).isEqualTo(original);
            assertThat(restoredJdbc.queryForObject(
                            "select data from city_document where id = ?", byte[].class, document))
                    .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
            for (String table : List.of(
                    "partner_city",
                    "translated_text_value",
                    "content_revision",
                    "app_user",
                    "city_status_change",
                    "city_document")) {
                assertThat(count(restoredJdbc, table)).as(table).isEqualTo(count(jdbc, table));
            }
            // keys continue after the restored ones: a new row does not collide
            restoredJdbc.update("insert into translated_text (source_revision, version) values (0, 0)");
            assertThat(restoredJdbc.queryForObject("select max(id) from translated_text", Long.class))
                    .isGreaterThan(jdbc.queryForObject("select max(id) from translated_text", Long.class));
            // and a second restore is refused: the instance is not empty any more
            assertThatThrownBy(() -> asAdmin(() -> restored.restore(archive)))
                    .isInstanceOfSatisfying(
                            BackupException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("backup.error.not-empty"));
        }
    }

    @Test
    void aFullInstanceRefusesARestoreAndKeepsEverything() throws Exception {
        Path archive = Files.write(folder.resolve("backup.zip"), export(backups));
        long cities = count(jdbc, "partner_city");
        jdbc.update("update partner_city set slug = slug || '-kept' where id = (select min(id) from partner_city)");

        assertThatThrownBy(() -> asAdmin(() -> backups.restore(archive)))
                .isInstanceOfSatisfying(BackupException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("backup.error.not-empty");
                    assertThat(refused.archiveRefused()).isFalse();
                });

        assertThat(count(jdbc, "partner_city")).isEqualTo(cities);
        assertThat(jdbc.queryForObject("select count(*) from partner_city where slug like '%-kept'", Long.class))
                .isOne();
        jdbc.update("update partner_city set slug = replace(slug, '-kept', '') where slug like '%-kept'");
        assertThat(asAdmin(backups::isEmptyInstance)).isFalse();
    }

    private static void assertArchiveHoldsEverything(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names)
                    .contains(
                            "manifest.json",
                            "tables/partner_city.json",
                            "tables/translated_text_value.json",
                            "tables/content_revision.json",
                            "tables/app_user.json",
                            "tables/search_synonym.json",
                            "tables/site_text.json",
                            "tables/content_image.json")
                    .doesNotContain("tables/flyway_schema_history.json", "tables/persistent_logins.json");
            assertThat(names).last().isEqualTo("manifest.json");
            String users = new String(
                    zip.getInputStream(zip.getEntry("tables/app_user.json")).readAllBytes());
            assertThat(users).contains("{bcrypt}").doesNotContain("\"admin\",\"admin\"");
        }
    }

    /** The rows the manifest lists, checked against this database's own counts. */
    private long rowsOf(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            var manifest = new tools.jackson.databind.json.JsonMapper()
                    .readTree(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
            long rows = 0;
            for (var table : manifest.get("tables")) {
                long listed = table.get("rows").asLong();
                String name = table.get("name").asString();
                if (name.equals("security_event")) {
                    // each export's own audit record is written after its snapshot
                    assertThat(listed).as(name).isLessThan(count(jdbc, name));
                } else {
                    assertThat(listed).as(name).isEqualTo(count(jdbc, name));
                }
                rows += listed;
            }
            assertThat(rows).isGreaterThan(500);
            return rows;
        }
    }

    static byte[] export(BackupService service) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asAdmin(() -> {
            try {
                service.export(out, EXPORTED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out.toByteArray();
    }

    static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** A second portal as a new installation starts: no demo content, only the first administrator. */
    static ConfigurableApplicationContext emptyInstance() {
        return new SpringApplicationBuilder(PartnerPortalApplication.class)
                .profiles("prod", "test")
                .properties(Map.of("portal.initial-admin-password", "Neckarbrücke im Nebel"))
                .run("--server.port=0");
    }
}
