package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the city's directory, against a directory the test starts ({@code ldap/test-directory.ldif}):
 * through the sign-in form and HTTP Basic, roles from the directory's groups at every sign-in, and local
 * accounts untouched, also while the directory cannot be reached.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectorySignInTest {

    private static final TestDirectory directory = new TestDirectory();

    @DynamicPropertySource
    static void directorySettings(DynamicPropertyRegistry registry) {
        directory.register(registry);
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void anEditorOfTheDirectorySignsInThroughTheFormAndEdits() throws Exception {
        HttpBrowser browser = browser();
        assertThat(browser.signIn("amueller", "amueller")).doesNotContain("error");
        assertThat(browser.get("/trash").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);

        UserSummary account = account("amueller");
        assertThat(account.source()).isEqualTo(AccountSource.DIRECTORY);
        assertThat(account.displayName()).isEqualTo("Anna Müller");
        assertThat(account.email()).isEqualTo("amueller@heidelberg.example");
        assertThat(account.roles()).containsExactly(Role.EDITOR);
        assertThat(account.lastLoginAt()).isNotNull();

        // the username as typed, in any case, is the same person and the same account
        HttpBrowser capitals = browser();
        assertThat(capitals.signIn("AMueller", "amueller")).doesNotContain("error");
        assertThat(capitals.get("/trash").statusCode()).isEqualTo(200);
        assertThat(users().stream().filter(user -> user.username().equals("amueller")))
                .hasSize(1);
    }

    @Test
    void cityStaffOfTheDirectoryReadButDoNotEdit() throws Exception {
        HttpBrowser browser = browser();
        assertThat(browser.signIn("bschmidt", "bschmidt")).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/trash").statusCode()).isEqualTo(403);
        assertThat(account("bschmidt").roles()).containsExactly(Role.STAFF);
    }

    @Test
    void aWrongOrEmptyPasswordOrAnUnknownPersonIsRefused() throws Exception {
        assertThat(browser().signIn("bschmidt", "wrong")).contains("/login?error");
        // an empty password would be an anonymous bind, which the directory accepts
        assertThat(browser().signIn("bschmidt", "")).contains("/login?error");
        assertThat(browser().signIn("nobody", "nobody")).contains("/login?error");
        assertThat(users()).extracting(UserSummary::username).doesNotContain("nobody");
    }

    @Test
    void aPersonInNoPortalGroupIsRefusedAndGetsNoAccount() throws Exception {
        assertThat(browser().signIn("cweber", "cweber")).contains("/login?error");
        assertThat(basic("/api/search?q=Cambridge", "cweber", "cweber").statusCode())
                .isEqualTo(401);
        assertThat(users()).extracting(UserSummary::username).doesNotContain("cweber");
    }

    @Test
    void newGroupsInTheDirectoryCountAtTheNextSignInAndEndTheOtherSessions() throws Exception {
        HttpBrowser before = browser();
        before.signIn("dkoch", "dkoch");
        assertThat(before.get("/trash").statusCode()).isEqualTo(403);

        directory.removeFromGroup("dkoch", "portal-staff");
        directory.addToGroup("dkoch", "portal-editors");
        // nothing changes until the next sign-in
        assertThat(before.get("/").statusCode()).isEqualTo(200);

        HttpBrowser after = browser();
        assertThat(after.signIn("dkoch", "dkoch")).doesNotContain("error");
        assertThat(after.get("/trash").statusCode()).isEqualTo(200);
        assertThat(account("dkoch").roles()).containsExactly(Role.EDITOR);
        // the session signed in with the old roles ends at its next request, as after a change in the administration
        assertThat(before.get("/").statusCode()).isEqualTo(302);

        // out of every portal group: refused, and nothing of the account goes on
        directory.removeFromGroup("dkoch", "portal-editors");
        assertThat(browser().signIn("dkoch", "dkoch")).contains("/login?error");
        assertThat(account("dkoch").roles()).isEmpty();
        assertThat(after.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void httpBasicWithADirectoryAccountReadsTheApi() throws Exception {
        HttpResponse<String> search = basic("/api/search?q=Cambridge", "bschmidt", "bschmidt");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"hits\"").contains("Cambridge");
        assertThat(basic("/api/search?q=Cambridge", "bschmidt", "amueller").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aLocalAccountIsNotTakenOverByThePersonOfTheSameNameInTheDirectory() throws Exception {
        // "editor" is a local demo account and, with another password, a person in portal-admins
        assertThat(browser().signIn("editor", "Verzeichnis-Passwort")).contains("/login?error");
        assertThat(basic("/api/search?q=Cambridge", "editor", "Verzeichnis-Passwort")
                        .statusCode())
                .isEqualTo(401);

        HttpBrowser local = browser();
        assertThat(local.signIn("editor", "editor")).doesNotContain("error");
        assertThat(local.get("/trash").statusCode()).isEqualTo(200);
        assertThat(local.get("/admin/users").statusCode()).isEqualTo(403);
        UserSummary account = account("editor");
        assertThat(account.source()).isEqualTo(AccountSource.LOCAL);
        assertThat(account.roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void whileTheDirectoryIsUnreachableLocalAccountsSignInAndDirectoryAccountsAreRefused() throws Exception {
        HttpBrowser earlier = browser();
        assertThat(earlier.signIn("fhahn", "fhahn")).doesNotContain("error");
        directory.stop();
        try {
            HttpBrowser local = browser();
            assertThat(local.signIn("staff", "staff")).doesNotContain("error");
            assertThat(local.get("/").statusCode()).isEqualTo(200);
            assertThat(basic("/api/search?q=Cambridge", "partner", "partner").statusCode())
                    .isEqualTo(200);

            // the account exists, but it has no local password to fall back on: the ordinary refusal, no error page
            assertThat(browser().signIn("fhahn", "fhahn")).contains("/login?error");
            assertThat(basic("/api/search?q=Cambridge", "fhahn", "fhahn").statusCode())
                    .isEqualTo(401);
            // an open session goes on
            assertThat(earlier.get("/").statusCode()).isEqualTo(200);
        } finally {
            directory.start();
        }
        assertThat(browser().signIn("fhahn", "fhahn")).doesNotContain("error");
    }

    @Test
    void aDisabledDirectoryAccountIsRefusedUntilEnabledAgain() throws Exception {
        HttpBrowser browser = browser();
        browser.signIn("evogel", "evogel");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        asAdmin(() -> users.setEnabled("evogel", false));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser().signIn("evogel", "evogel")).contains("/login?error");

        asAdmin(() -> users.setEnabled("evogel", true));
        assertThat(browser().signIn("evogel", "evogel")).doesNotContain("error");
    }

    @Test
    void aDirectoryAccountStaysSignedInOnADevice() throws Exception {
        HttpBrowser staying = browser();
        staying.signIn("fhahn", "fhahn", true);
        String token = staying.cookie("portal-remember-me").orElseThrow();

        HttpBrowser restarted = browser();
        restarted.setCookie("portal-remember-me", token);
        assertThat(restarted.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministrationChangesNeitherPasswordNorRolesOfADirectoryAccount() throws Exception {
        browser().signIn("bschmidt", "bschmidt");
        assertThatThrownBy(() -> asAdmin(() -> users.resetPassword("bschmidt", "Neckarbrücke im Nebel")))
                .isInstanceOfSatisfying(
                        UserAdministrationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("ldap.error.password-from-directory"));
        assertThatThrownBy(() -> asAdmin(() -> users.changeRoles("bschmidt", EnumSet.of(Role.ADMIN))))
                .isInstanceOfSatisfying(
                        UserAdministrationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("ldap.error.roles-from-directory"));
        assertThat(account("bschmidt").roles()).containsExactly(Role.STAFF);
        assertThat(browser().signIn("bschmidt", "Neckarbrücke im Nebel")).contains("/login?error");
    }

    private UserSummary account(String username) throws Exception {
        return users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no account"));
    }

    private java.util.List<UserSummary> users() throws Exception {
        return asAdmin(() -> users.findAll());
    }

    private HttpResponse<String> basic(String path, String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Basic " + credentials)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void asAdmin(Runnable action) throws Exception {
        asAdmin(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T asAdmin(Callable<T> action) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }
}
