package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.ClusterEngines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The way from H2 to PostgreSQL (README "Backup and restore"), as an administrator's script takes it: the
 * archive of a portal on H2 (the packaged jar, demo content), restored over HTTP into a new, empty portal in the
 * cluster profile on a real PostgreSQL and OpenSearch, which then exports the same archive apart from the export
 * time, and finds the content in its search.
 */
class BackupMigrationIT {

    private static final String INITIAL_PASSWORD = "Alte Brücke bei Nacht";
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anArchiveFromH2RestoresIntoPostgresqlExactly() throws Exception {
        byte[] fromH2;
        try (PortalProcess h2 = PortalProcess.start()) {
            HttpResponse<byte[]> export = export(h2, "admin", "admin");
            assertThat(export.statusCode()).isEqualTo(200);
            fromH2 = export.body();
        }

        Map<String, String> environment = new HashMap<>(ClusterEngines.nodeEnvironment("restored"));
        environment.put("PORTAL_DEMO", "false");
        environment.put("PORTAL_INITIAL_ADMIN_PASSWORD", INITIAL_PASSWORD);
        try (ClusterEngines engines = ClusterEngines.start();
                PortalProcess postgres = PortalProcess.launch(environment)) {
            postgres.awaitHealthy();
            assertThat(ClusterEngines.query("select count(*) from partner_city"))
                    .isEqualTo("0");

            HttpResponse<String> restored = client.send(
                    HttpRequest.newBuilder(URI.create(postgres.url("/admin/backup/import?lang=en")))
                            .header("Authorization", basic("admin", INITIAL_PASSWORD))
                            .header("Content-Type", "application/zip")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(fromH2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
            assertThat(restored.body()).contains("\"restored\":true", "search index is being rebuilt");

            // the archive's accounts now sign in; the first administrator of the empty instance is gone
            HttpResponse<byte[]> again = export(postgres, "admin", "admin");
            assertThat(again.statusCode()).isEqualTo(200);
            Map<String, byte[]> before = entries(fromH2);
            Map<String, byte[]> after = entries(again.body());
            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            for (String name : before.keySet()) {
                if (name.equals("manifest.json")) {
                    assertThat(withoutExportTime(after.get(name))).isEqualTo(withoutExportTime(before.get(name)));
                } else {
                    assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
                }
            }
            assertThat(export(postgres, "admin", INITIAL_PASSWORD).statusCode()).isEqualTo(401);

            String found = "";
            Instant until = Instant.now().plus(Duration.ofSeconds(120));
            while (Instant.now().isBefore(until) && !found.contains("cambridge")) {
                found = client.send(
                                HttpRequest.newBuilder(URI.create(postgres.url("/api/search?q=Cambridge&lang=en")))
                                        .header("Authorization", basic("staff", "staff"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                Thread.sleep(500);
            }
            assertThat(found).contains("cambridge");
        }
    }

    private HttpResponse<byte[]> export(PortalProcess portal, String user, String password)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(portal.url("/admin/backup/export")))
                        .header("Authorization", basic(user, password))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String withoutExportTime(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8).replaceAll("\"createdAt\" : \"[^\"]*\"", "");
    }

    private static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
