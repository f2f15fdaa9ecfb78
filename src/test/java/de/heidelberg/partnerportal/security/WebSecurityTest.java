package de.heidelberg.partnerportal.security;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
        HttpResponse<String> health = browser().get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details");
    }

    @Test
    void stylesheetsAreServedWithoutSignIn() throws Exception {
        HttpResponse<String> css = browser().get("/styles/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--portal-red");
    }

    @Test
    void everyPageNeedsSignIn() throws Exception {
        for (String path : new String[] {"/", "/admin/users", "/no/such/page", "/actuator/env"}) {
            HttpResponse<String> response = browser().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void theDemoAccountsSignInAndAWrongPasswordIsRefused() throws Exception {
        for (String account : new String[] {"admin", "editor", "staff", "partner"}) {
            HttpBrowser browser = browser();
            assertThat(browser.signIn(account, account)).as(account).doesNotContain("error");
            assertThat(browser.get("/").statusCode()).as(account).isEqualTo(200);
        }
        assertThat(browser().signIn("admin", "wrong")).contains("/login?error");
    }

    @Test
    void oneAccountSignsInOnManyDevicesAtOnce() throws Exception {
        // an office's shared account, or the load test: a sign-in (which records its time) and a language
        // chosen (which the account remembers) on one device never make another device's request fail
        List<Callable<String>> devices = IntStream.range(0, 16)
                .mapToObj(device -> (Callable<String>) () -> {
                    HttpBrowser browser = browser();
                    String next = browser.signIn("staff", "staff");
                    String language = device % 2 == 0 ? "en" : "fr";
                    int page = browser.get("/?lang=" + language).statusCode();
                    int init = browser.get("/?v-r=init&location=&query=lang%3D" + language)
                            .statusCode();
                    return next + " " + page + " " + init;
                })
                .toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<String> device : pool.invokeAll(devices)) {
                assertThat(device.get()).doesNotContain("error").endsWith(" 200 200");
            }
        }
        asAdmin(() -> assertThat(users.findAll())
                .filteredOn(user -> user.username().equals("staff"))
                .singleElement()
                .satisfies(user -> assertThat(user.lastLoginAt()).isNotNull()));
    }

    @Test
    void anUnknownAddressAnswers404ForASignedInUser() throws Exception {
        HttpBrowser browser = browser();
        browser.signIn("staff", "staff");
        assertThat(browser.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageTheRoleMayNotOpenAnswers403() throws Exception {
        HttpBrowser editor = browser();
        editor.signIn("editor", "editor");
        assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
        HttpBrowser admin = browser();
        admin.signIn("admin", "admin");
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void whoStaysSignedInGoesOnWithoutTheirSessionUntilTheirPasswordIsReset() throws Exception {
        asAdmin(() -> users.create(
                new NewUser("remember.test", "Remember Test", EnumSet.of(Role.STAFF), "Alte Brücke im Morgenlicht")));
        HttpBrowser once = browser();
        once.signIn("remember.test", "Alte Brücke im Morgenlicht");
        assertThat(once.cookie("portal-remember-me")).isEmpty();

        HttpBrowser staying = browser();
        staying.signIn("remember.test", "Alte Brücke im Morgenlicht", true);
        String token = staying.cookie("portal-remember-me").orElseThrow();
        // another browser (or another node) without the session, with the token only
        HttpBrowser restarted = browser();
        restarted.setCookie("portal-remember-me", token);
        assertThat(restarted.get("/").statusCode()).isEqualTo(200);

        asAdmin(() -> users.resetPassword("remember.test", "Neue Brücke im Abendlicht"));
        HttpBrowser afterReset = browser();
        afterReset.setCookie(
                "portal-remember-me", restarted.cookie("portal-remember-me").orElse(token));
        assertThat(afterReset.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtItsNextRequest() throws Exception {
        asAdmin(() -> users.create(
                new NewUser("session.test", "Session Test", EnumSet.of(Role.STAFF), "Neckarbrücke im Nebel")));
        HttpBrowser browser = browser();
        browser.signIn("session.test", "Neckarbrücke im Nebel");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        asAdmin(() -> users.setEnabled("session.test", false));

        HttpResponse<String> next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(browser().signIn("session.test", "Neckarbrücke im Nebel")).contains("/login?error");
    }

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }
}
