package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The HTTP side of security, against the running server: what anonymous callers reach, sign-in, ending sessions. */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void healthIsPublicAndShowsOnlyTheStatus() throws Exception {
        HttpResponse<String> health = get(browser(), "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
    }

    @Test
    void stylesheetsAreServedWithoutSignIn() throws Exception {
        HttpResponse<String> css = get(browser(), "/styles/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--portal-red");
    }

    @Test
    void everyPageNeedsSignIn() throws Exception {
        for (String path : new String[] {"/", "/admin/users", "/no/such/page", "/actuator/env"}) {
            HttpResponse<String> response = get(browser(), path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void theDemoAccountsSignInAndAWrongPasswordIsRefused() throws Exception {
        for (String account : new String[] {"admin", "editor", "staff", "partner"}) {
            HttpClient browser = browser();
            assertThat(signIn(browser, account, account).headers().firstValue("Location"))
                    .as(account).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            assertThat(get(browser, "/").statusCode()).as(account).isEqualTo(200);
        }
        assertThat(signIn(browser(), "admin", "wrong").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void anUnknownAddressAnswers404ForASignedInUser() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "staff", "staff");
        assertThat(get(browser, "/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtItsNextRequest() throws Exception {
        asAdmin(() -> users.create(new NewUser("session.test", "Session Test", EnumSet.of(Role.STAFF), "Neckarbrücke im Nebel")));
        HttpClient browser = browser();
        signIn(browser, "session.test", "Neckarbrücke im Nebel");
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);

        asAdmin(() -> users.setEnabled("session.test", false));

        HttpResponse<String> next = get(browser, "/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(signIn(browser(), "session.test", "Neckarbrücke im Nebel").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    private static void asAdmin(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient browser, String username, String password)
            throws IOException, InterruptedException {
        get(browser, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
