package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code ldap-demo} profile as the README promises it: its embedded directory with the shipped LDIF beside
 * the demo content, amueller signing in as an editor and bschmidt as city staff.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", DemoDirectory.PROFILE})
class DemoDirectoryTest {

    @LocalServerPort
    int port;

    @Test
    void amuellerSignsInAsAnEditor() throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        assertThat(browser.signIn("amueller", "amueller")).doesNotContain("error");
        assertThat(browser.get("/trash").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void bschmidtSignsInAsCityStaffAndFindsTheDemoContent() throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        assertThat(browser.signIn("bschmidt", "bschmidt")).doesNotContain("error");
        assertThat(browser.get("/partner-cities/cambridge").statusCode()).isEqualTo(200);
        assertThat(browser.get("/trash").statusCode()).isEqualTo(403);

        String basic = Base64.getEncoder().encodeToString("bschmidt:bschmidt".getBytes(StandardCharsets.UTF_8));
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> search = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q=Cambridge"))
                            .header("Authorization", "Basic " + basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("/partner-cities/cambridge");
        }
    }

    @Test
    void theLocalDemoAccountsStay() throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        assertThat(browser.signIn("admin", "admin")).doesNotContain("error");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
    }
}
