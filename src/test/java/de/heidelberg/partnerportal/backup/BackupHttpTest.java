package de.heidelberg.partnerportal.backup;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The backup for scripts over HTTP: {@code GET /admin/backup/export} and {@code POST /admin/backup/import} for
 * administrators (Basic or an administrator's token), refusals as translated JSON, nothing written on a refusal.
 * (A restore that succeeds over HTTP: BackupMigrationIT, H2 to PostgreSQL.)
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BackupHttpTest {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorDownloadsTheArchiveWithBasicOrAToken() throws Exception {
        HttpResponse<byte[]> basic = export(basic("admin", "admin"));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(basic.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).matches("attachment; filename=\"portal-backup-.*\\.zip\""));
        assertThat(entries(basic.body())).containsKeys("manifest.json", "tables/partner_city.json");

        String token = asAdmin(() -> tokens.create(
                        new NewApiToken("Sicherung", Role.ADMIN, tokens.today().plusDays(7))))
                .token();
        HttpResponse<byte[]> byToken = export("Bearer " + token);
        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(entries(byToken.body())).containsKey("manifest.json");
    }

    @Test
    void onlyAdministratorsGetIt() throws Exception {
        assertThat(export(null).statusCode()).isEqualTo(401);
        assertThat(export(basic("editor", "editor")).statusCode()).isEqualTo(403);
        assertThat(export(basic("staff", "staff")).statusCode()).isEqualTo(403);
        String staffToken = asAdmin(() -> tokens.create(
                        new NewApiToken("Lesen", Role.STAFF, tokens.today().plusDays(7))))
                .token();
        assertThat(export("Bearer " + staffToken).statusCode()).isEqualTo(403);
        assertThat(restore(basic("editor", "editor"), validArchive(), "").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRestoreIntoAFullInstanceIsRefusedInTheCallersLanguage() throws Exception {
        long cities = jdbc.queryForObject("select count(*) from partner_city", Long.class);

        HttpResponse<String> refused = restore(basic("admin", "admin"), validArchive(), "?lang=fr");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body())
                .contains("\"error\":\"backup.error.not-empty\"")
                .contains("Ce portail n'est pas vide");
        assertThat(jdbc.queryForObject("select count(*) from partner_city", Long.class))
                .isEqualTo(cities);
    }

    @Test
    void damagedChangedOrNewerArchivesAreRefusedBeforeAnythingIsWritten() throws Exception {
        byte[] archive = validArchive();
        String admin = basic("admin", "admin");

        HttpResponse<String> garbage = restore(admin, "kein ZIP".getBytes(StandardCharsets.UTF_8), "");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("backup.error.not-a-backup");

        HttpResponse<String> empty = restore(admin, new byte[0], "");
        assertThat(empty.statusCode()).isEqualTo(400);

        byte[] changed = rewrite(archive, "tables/partner_city.json", json -> json.replace("cambridge", "cambridgf"));
        HttpResponse<String> tampered = restore(admin, changed, "?lang=de");
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.body())
                .contains("backup.error.tampered")
                .contains("tables/partner_city.json")
                .contains("Prüfsumme");

        byte[] missing = remove(archive, "tables/news_item.json");
        assertThat(restore(admin, missing, "").body()).contains("backup.error.missing-entry");

        byte[] extra = rewrite(archive, "files/extra.bin", ignored -> "unlisted");
        assertThat(restore(admin, extra, "").body()).contains("backup.error.tampered");

        byte[] newer = rewrite(
                archive, "manifest.json", json -> json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        HttpResponse<String> future = restore(admin, newer, "?lang=en");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("backup.error.newer-format").contains("format 99");
    }

    @Test
    void aSignedInBrowserNeedsTheCsrfTokenToPostAnArchive() throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        browser.signIn("admin", "admin");

        assertThat(browser.get("/admin/backup/export").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = browser.post("/admin/backup/import", "application/zip", "PK");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private byte[] validArchive() throws Exception {
        HttpResponse<byte[]> response = export(basic("admin", "admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<byte[]> export(String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/backup/export"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> restore(String authorization, byte[] archive, String query) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/backup/import" + query))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(archive))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** The archive with one entry's text changed (or added), the manifest left as it was. */
    static byte[] rewrite(byte[] archive, String name, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = entries(archive);
        String before = entries.containsKey(name) ? new String(entries.get(name), StandardCharsets.UTF_8) : "";
        String after = change.apply(before);
        assertThat(after).as("the change must change " + name).isNotEqualTo(before);
        entries.put(name, after.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static byte[] remove(byte[] archive, String name) throws IOException {
        Map<String, byte[]> entries = entries(archive);
        assertThat(entries.remove(name)).isNotNull();
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
