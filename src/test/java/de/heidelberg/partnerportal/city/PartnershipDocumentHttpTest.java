package de.heidelberg.partnerportal.city;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** An agreement document over HTTP: staff download what an editor uploaded; partners and strangers get nothing. */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnershipDocumentHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    PartnershipRecordService records;

    @Autowired
    ApplicationContext context;

    private long id;

    @BeforeEach
    void anEditorUploadsOne() {
        asEditor(() -> id = records.upload("montpellier", "Jumelage 1961 – Charte.pdf", PartnershipRecordTest.PDF));
    }

    /** The other tests share this database and expect the seed content only. */
    @AfterEach
    void deleteIt() {
        CityDocumentTestData.delete(context, id);
    }

    @Test
    void staffDownloadTheSameBytesAsAFileThatIsNeverSniffed() throws Exception {
        HttpBrowser staff = signedIn("staff");
        HttpResponse<byte[]> answer = staff.getBytes(PartnershipRecordService.documentPath("montpellier", id));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(PartnershipRecordTest.PDF);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("filename*=UTF-8''Jumelage%201961%20%E2%80%93%20Charte.pdf");
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        assertThat(staff.getBytes(PartnershipRecordService.documentPath("cambridge", id))
                        .statusCode())
                .as("not at another city's address")
                .isEqualTo(404);
        assertThat(staff.getBytes(PartnershipRecordService.documentPath("montpellier", id + 1000))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRemovedDocumentIsNoLongerServedUntilItIsRestored() throws Exception {
        HttpBrowser staff = signedIn("staff");
        String path = PartnershipRecordService.documentPath("montpellier", id);
        asEditor(() -> records.remove("montpellier", id));
        assertThat(staff.getBytes(path).statusCode()).isEqualTo(404);
        asEditor(() -> records.restore("montpellier", id));
        assertThat(staff.getBytes(path).body()).isEqualTo(PartnershipRecordTest.PDF);
    }

    private static void asEditor(Runnable action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "editor", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_STAFF")));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void partnersAndTranslatorsGetNotFoundAndStrangersAreSentToSignIn() throws Exception {
        for (String account : List.of("partner", "translator")) {
            HttpResponse<byte[]> answer =
                    signedIn(account).getBytes(PartnershipRecordService.documentPath("montpellier", id));
            assertThat(answer.statusCode()).as(account).isEqualTo(404);
            assertThat(new String(answer.body())).as(account).doesNotContain("%PDF");
        }
        HttpResponse<byte[]> anonymous = new HttpBrowser("http://localhost:" + port)
                .getBytes(PartnershipRecordService.documentPath("montpellier", id));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpBrowser signedIn(String account) throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        assertThat(browser.signIn(account, account)).doesNotContain("error");
        return browser;
    }
}
