package de.heidelberg.partnerportal.security;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.SignedIn;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sign-in throttling against the running server: the form and HTTP Basic, a lock that also refuses the right
 * password, in the visitor's language, for existing and unknown usernames alike, growing locks (with a clock
 * the test moves on), a success that starts the count anew, an address failing for many usernames (MockMvc,
 * which can send from other addresses), and many failures at once.
 */
class SignInThrottlingTest extends MovableClockServerTest {

    private static final String PASSWORD = "Philosophenweg im Herbst";

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SecurityAudit audit;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    /** All requests of the HTTP tests come from 127.0.0.1: each test starts without the others' failures. */
    @BeforeEach
    void forgetEarlierFailures() {
        jdbc.update("delete from sign_in_failure");
        jdbc.update("delete from sign_in_lock");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de | Zu viele Anmeldeversuche | Bitte versuchen Sie es in einer Minute erneut. Bis dahin wird die"
                        + " Anmeldung auch mit dem richtigen Passwort abgewiesen.",
                "en | Too many sign-in attempts | Please try again in one minute. Until then, signing in is refused"
                        + " even with the right password.",
                "fr | Trop de tentatives de connexion | Veuillez réessayer dans une minute. D’ici là, la connexion est"
                        + " refusée, même avec le bon mot de passe."
            })
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordInTheVisitorsLanguage(
            String language, String title, String message) throws Exception {
        String username = newUser();
        HttpBrowser browser = browser();
        browser.get("/login?lang=" + language);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(username, "wrong " + attempt))
                    .as("attempt %d: the usual wrong-password message", attempt)
                    .endsWith("/login?error");
        }
        assertThat(browser.signIn(username, PASSWORD)).endsWith("/login?locked=1");
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);

        String page = loginPage(browser, "locked=1");
        assertThat(page).contains(title).contains(message);
        assertThat(loginPage(browser, "error")).doesNotContain(title);
    }

    @Test
    void anUnknownUsernameIsLockedTheSameWayWithTheSameWords() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String existing = newUser();
        for (String username : List.of(unknown, existing)) {
            HttpBrowser browser = browser();
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.signIn(username, "wrong " + attempt)).endsWith("/login?error");
            }
            assertThat(browser.signIn(username, PASSWORD)).as(username).endsWith("/login?locked=1");
        }
        assertThat(lockEvents(unknown)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isNull();
            assertThat(event.address()).isEqualTo("127.0.0.1");
            assertThat(event.details()).containsEntry(SecurityAudit.FAILURES, "5");
        });
        // spelled otherwise, the same username
        assertThat(browser().signIn("  " + unknown.toUpperCase(java.util.Locale.ROOT), "x"))
                .endsWith("/login?locked=1");
    }

    @Test
    void afterTheLockSignInWorksAndTheNextLockIsLonger() throws Exception {
        String username = newUser();
        lockByForm(username, "/login?locked=1");
        Instant firstLockEnd = lockedUntil(username);
        assertThat(Duration.between(clock.instant(), firstLockEnd))
                .isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(61));
        HttpBrowser browser = browser();
        assertThat(browser.signIn(username, PASSWORD)).doesNotContain("error").doesNotContain("locked");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        lockByForm(username, "/login?locked=2");
        assertThat(lockEvents(username))
                .extracting(event -> event.details().get(SecurityAudit.LOCK_NUMBER))
                .containsExactly("2", "1");
        assertThat(Duration.between(clock.instant(), lockedUntil(username)))
                .isBetween(Duration.ofSeconds(110), Duration.ofMinutes(2));

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertThat(browser().signIn(username, PASSWORD)).doesNotContain("error").doesNotContain("locked");
    }

    @Test
    void aRightPasswordStartsTheCountAnew() throws Exception {
        String username = newUser();
        HttpBrowser browser = browser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.signIn(username, "wrong " + attempt)).endsWith("/login?error");
        }
        assertThat(browser().signIn(username, PASSWORD)).doesNotContain("error");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.signIn(username, "again wrong " + attempt)).endsWith("/login?error");
        }
        assertThat(browser().signIn(username, PASSWORD))
                .as("eight wrong passwords in a few seconds, but never five in a row")
                .doesNotContain("error")
                .doesNotContain("locked");
        assertThat(lockEvents(username)).isEmpty();
    }

    @Test
    void httpBasicAnswers429WithRetryAfterAndAJsonErrorNeverTheChallenge() throws Exception {
        String username = newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = basic("/api/search?q=Cambridge", username, "wrong " + attempt, null);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
        HttpResponse<String> refused = basic("/api/search?q=Cambridge", username, PASSWORD, null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("error").asString()).isEqualTo("too_many_attempts");
        assertThat(body.get("message").asString())
                .isEqualTo("Too many sign-in attempts. Please try again in one minute.");

        HttpResponse<String> german = basic("/feeds/news.xml", username, PASSWORD, "de-DE,de;q=0.9");
        assertThat(german.statusCode()).isEqualTo(429);
        assertThat(json.readTree(german.body()).get("message").asString())
                .isEqualTo("Zu viele Anmeldeversuche. Bitte versuchen Sie es in einer Minute erneut.");
        assertThat(browser().signIn(username, PASSWORD)).as("the form too").endsWith("/login?locked=1");

        clock.advance(Duration.ofSeconds(61));
        assertThat(basic("/api/search?q=Cambridge", username, PASSWORD, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAddressFailingForManyUsernamesIsLockedForEveryUsername() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String address = "10.20." + (int) (Math.random() * 250) + ".7";
        String username = newUser();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (int account = 1; account <= 10; account++) {
            // one common password tried on many usernames ("password spraying"): no username fails five times
            String redirect = mvc.perform(form("spray-" + account + "-" + suffix, "Sommer2025!", address))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(redirect).as("username %d", account).endsWith("/login?error");
        }
        assertThat(mvc.perform(form(username, PASSWORD, address))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the right password of an existing account, from that address")
                .endsWith("/login?locked=1");
        assertThat(mvc.perform(get("/api/search?q=Cambridge")
                                .header("Authorization", basicAuthorization(username, PASSWORD))
                                .with(from(address)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(429);
        assertThat(mvc.perform(form(username, PASSWORD, "10.99.0.1"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the same account from another address")
                .doesNotContain("error")
                .doesNotContain("locked");

        asAdmin(() -> assertThat(audit.latest(50))
                .filteredOn(event -> event.action() == SecurityAction.ADDRESS_LOCKED
                        && event.subject().equals(address))
                .singleElement()
                .satisfies(event -> assertThat(event.details())
                        .containsEntry(SecurityAudit.ACCOUNTS, "10")
                        .containsEntry(SecurityAudit.FAILURES, "10")));
        asAdmin(() -> assertThat(throttle.current())
                .filteredOn(lock -> lock.key().equals(address))
                .singleElement()
                .satisfies(lock -> {
                    assertThat(lock.kind()).isEqualTo(SignInLockKind.ADDRESS);
                    assertThat(lock.locked()).isTrue();
                    assertThat(lock.failures()).isEqualTo(10);
                }));
    }

    @Test
    void manyWrongPasswordsAtOnceCountEachOnceAndNeverFail() throws Exception {
        String username = newUser();
        int attempts = 24;
        List<Callable<String>> browsers = IntStream.range(0, attempts)
                .mapToObj(attempt -> (Callable<String>) () -> browser().signIn(username, "wrong " + attempt))
                .toList();
        List<String> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (Future<String> answer : pool.invokeAll(browsers)) {
                answers.add(answer.get());
            }
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).matches(".*/login\\?(error|locked=1)"));
        long wrongPasswordAnswers =
                answers.stream().filter(answer -> answer.endsWith("?error")).count();
        assertThat(wrongPasswordAnswers).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where account_key = ?", Long.class, username))
                .as("every password that was checked is counted, once")
                .isEqualTo(wrongPasswordAnswers);
        assertThat(lockEvents(username))
                .as("one lock, however many failed at once")
                .hasSize(1);
        assertThat(browser().signIn(username, PASSWORD)).endsWith("/login?locked=1");
    }

    @Test
    void failuresAtTheSameMomentForANewUsernameAndAddressAreAllCountedAndLockOnce() throws Exception {
        int threads = 16;
        for (int round = 1; round <= 3; round++) {
            String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
            String address = "10.77." + round + "." + (int) (Math.random() * 250);
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<Object>> failures = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    failures.add(pool.submit(() -> {
                        start.await();
                        // both rows are new: every thread tries to add them at once (unique-key races)
                        throttle.failed(username, address);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<Object> failure : failures) {
                    failure.get();
                }
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from sign_in_failure where account_key = ? and address = ?",
                            Long.class,
                            username,
                            address))
                    .as("round %d", round)
                    .isEqualTo(threads);
            assertThat(jdbc.queryForObject(
                            "select count(*) from sign_in_lock where lock_key in (?, ?)",
                            Long.class,
                            username,
                            address))
                    .isEqualTo(2);
            assertThat(lockEvents(username)).as("round %d", round).hasSize(1);
            assertThat(throttle.refusal(username, "10.0.0.1")).isPresent();
            assertThat(throttle.refusal("someone-else", address))
                    .as("16 failures for one username do not lock the address")
                    .isEmpty();
        }
    }

    @Test
    void onlyAnAdministratorSeesAndEndsLocks() {
        SignedIn.as("editor", "ROLE_EDITOR", () -> {
            assertThatThrownBy(() -> throttle.current()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> throttle.unlock(SignInLockKind.ACCOUNT, "staff"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.latest(10)).isInstanceOf(AccessDeniedException.class);
        });
    }

    private void lockByForm(String username, String expected) throws Exception {
        HttpBrowser browser = browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(username, "wrong " + attempt)).endsWith("/login?error");
        }
        assertThat(browser.signIn(username, PASSWORD)).endsWith(expected);
    }

    private Instant lockedUntil(String username) {
        return jdbc.queryForObject(
                "select locked_until from sign_in_lock where kind = 'ACCOUNT' and lock_key = ?",
                Instant.class,
                username);
    }

    /** The account's lock events, newest first. */
    private List<SecurityAudit.Entry> lockEvents(String username) {
        List<SecurityAudit.Entry> events = new ArrayList<>();
        asAdmin(() -> audit.latest(500).stream()
                .filter(event -> event.action() == SecurityAction.ACCOUNT_LOCKED
                        && event.subject().equals(username))
                .forEach(events::add));
        return events;
    }

    /**
     * The login page with these parameters as the browser's Vaadin client receives it: the UI's start, then
     * the navigation the client sends, whose answer carries the page (the form's texts among it).
     */
    private String loginPage(HttpBrowser browser, String query) throws Exception {
        String route = "login";
        JsonNode config = json.readTree(browser.get("/?v-r=init&location=" + route + "&query="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8))
                        .body())
                .get("appConfig");
        JsonNode uidl = config.get("uidl");
        ObjectNode data = json.createObjectNode()
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ObjectNode navigation =
                json.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigation.set("data", data);
        ObjectNode message = json.createObjectNode()
                .put("csrfToken", uidl.get("Vaadin-Security-Key").asString())
                .put("syncId", uidl.get("syncId").asInt())
                .put("clientId", uidl.get("clientId").asInt());
        message.putArray("rpc").add(navigation);
        HttpResponse<String> page = browser.post(
                "/?v-r=uidl&v-uiId=" + config.get("v-uiId").asInt(),
                "application/json; charset=UTF-8",
                message.toString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private HttpResponse<String> basic(String path, String username, String password, String acceptLanguage)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basicAuthorization(username, password));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basicAuthorization(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.RequestBuilder form(
            String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String newUser() {
        return newUser("throttle", PASSWORD);
    }
}
