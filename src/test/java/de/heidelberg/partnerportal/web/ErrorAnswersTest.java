package de.heidelberg.partnerportal.web;

import static de.heidelberg.partnerportal.RawHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.RawHttp;
import de.heidelberg.partnerportal.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The errors found from outside (issue 15), each against the real server: every error is the portal's own
 * answer — JSON {@code {"error","message"}} on the API, a translated page elsewhere — never a 500 for bad
 * input, never a framework's or Tomcat's page.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorAnswersTest {

    private static final String STAFF = "Authorization: " + basic("staff", "staff");

    @LocalServerPort
    int port;

    @Test
    void aFailedSearchAnswersJsonWhateverTheCallerAccepts() throws Exception {
        for (String accept : new String[] {"text/plain", "text/html", "image/png", "*/*", "application/json"}) {
            Answer answer = http().get("/api/search?q=%22", STAFF, "Accept: " + accept);
            assertThat(answer.status()).as(accept).isEqualTo(400);
            assertThat(json(answer).get("error").asString()).as(accept).isEqualTo("search.error.nothing-to-find");
        }
        Answer head = http().send("HEAD", "/api/search?q=%22", List.of(STAFF, "Accept: text/plain"), new byte[0]);
        assertThat(head.status()).isEqualTo(400);
        assertThat(head.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aMultipartRequestWithoutBoundaryAnswers400OnEveryPathAndMethod() throws Exception {
        for (String path : new String[] {
            "/api/search?q=Cambridge",
            "/feeds/news.xml",
            "/api/contacts/anna-seitz.vcf",
            "/api/images/1",
            "/api/nothing"
        }) {
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "PATCH"}) {
                Answer answer = http().send(
                                method,
                                path,
                                List.of(STAFF, "Content-Type: multipart/form-data; boundary="),
                                "--x\r\n".getBytes(StandardCharsets.UTF_8));
                assertThat(answer.status()).as(method + " " + path).isEqualTo(400);
                assertThat(json(answer).get("error").asString())
                        .as(method + " " + path)
                        .isEqualTo("bad_request");
            }
        }
        Answer page = http().send(
                        "POST",
                        "/news",
                        List.of("Content-Type: multipart/form-data"),
                        "x".getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<h1>Ungültige Anfrage</h1>");
    }

    @Test
    void healthAnswersAnAcceptWithAnotherCharset() throws Exception {
        Answer health = http().get("/actuator/health", "Accept: application/json; charset=latin1");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void eightSignInsOfOneAccountAtOnceAllSucceed() throws Exception {
        // the form (which records the sign-in time) and HTTP Basic, all at the same moment
        List<Callable<String>> signIns = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            signIns.add(() -> new HttpBrowser("http://localhost:" + port).signIn("editor", "editor"));
            signIns.add(() ->
                    String.valueOf(http().get("/api/search?q=Cambridge", "Authorization: " + basic("editor", "editor"))
                            .status()));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<String> signIn : pool.invokeAll(signIns)) {
                assertThat(signIn.get()).isIn("/", "http://localhost:" + port + "/", "200");
            }
        }
    }

    @Test
    void aQueryOfManyFuzzyWordsIsRefusedAtOnceWithAClearMessage() throws Exception {
        String forty = String.join("+", Collections.nCopies(40, "heidelberg~"));
        long start = System.nanoTime();
        Answer refused = http().get("/api/search?q=" + forty + "&lang=de", STAFF);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json(refused).get("error").asString()).isEqualTo("search.error.too-many-words");
        assertThat(json(refused).get("message").asString()).isEqualTo("Bitte suchen Sie mit höchstens 20 Wörtern.");

        // "~" is no typo operator any more (distance 2 on every field made 40 words take 11 s): twenty are quick
        String twenty = String.join("+", Collections.nCopies(20, "heidelberg~"));
        Answer found = http().get("/api/search?q=" + twenty, STAFF);
        assertThat(found.status()).isEqualTo(200);
        assertThat(json(found).get("total").asLong()).isPositive();
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for both").isLessThan(3_000);
    }

    @Test
    void malformedParametersAnswerTheApisJson() throws Exception {
        Answer answer = http().get("/api/search?q=%FF", STAFF);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("error").asString()).isEqualTo("bad_request");
        assertThat(json(http().get("/api/images/abc", STAFF)).get("error").asString())
                .isEqualTo("bad_request");
    }

    @Test
    void requestsTomcatRefusesGetThePortalsOwnAnswer() throws Exception {
        String long9k = "a".repeat(9_000);
        // an address too long to be read: neither it nor the headers after it are known, so the page is German
        Answer tooLong = http().get("/api/search?q=" + long9k, "Accept-Language: fr");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body())
                .contains("<html lang=\"de\">", "<h1>Ungültige Anfrage</h1>")
                .doesNotContainIgnoringCase("tomcat");
        List<Answer> refused = List.of(
                http().get("/news", "Accept-Language: fr", "X-Long: " + long9k),
                http().get("/news", "Accept-Language: fr", "X-Control: a\u0001b"),
                http().get("/news/%", "Accept-Language: fr"));
        for (Answer answer : refused) {
            assertThat(answer.status()).isBetween(400, 499);
            assertThat(answer.body())
                    .contains("Portail des villes partenaires")
                    .doesNotContainIgnoringCase("tomcat")
                    .doesNotContain("Exception");
        }
        Answer api = http().get("/api/search?q=x", STAFF, "X-Control: a\u0001b");
        assertThat(api.status()).isEqualTo(400);
        assertThat(json(api).get("error").asString()).isEqualTo("bad_request");

        // characters Tomcat refused in an address reach the search, which answers as for any other query
        Answer search = http().get("/api/search?q=Cambridge|{Montpellier}<>[x]^`\"\\", STAFF);
        assertThat(search.status()).isEqualTo(200);
        assertThat(json(search).get("query").asString()).startsWith("Cambridge|{Montpellier}");
    }

    @Test
    void theApiAnswersJsonAlsoToABrowser() throws Exception {
        String html = "Accept: text/html";
        assertThat(http().get("/api/search?q=x", html).status()).isEqualTo(401);
        assertThat(json(http().get("/api/search?q=x", html)).get("error").asString())
                .isEqualTo("unauthorized");
        // a program sends its credentials with each request: no CSRF token needed, the method is what is wrong
        Answer delete = http().send("DELETE", "/api/search?q=x", List.of(STAFF, html), new byte[0]);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(json(delete).get("error").asString()).isEqualTo("method_not_allowed");
        Answer forbidden = http().get("/admin/backup/export", STAFF, html);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(json(forbidden).get("error").asString()).isEqualTo("forbidden");
        assertThat(json(http().get("/api/contacts/nobody.vcf", STAFF, html))
                        .get("error")
                        .asString())
                .isEqualTo("not_found");
        assertThat(json(http().get("/api/contacts/a/b.vcf", STAFF, html))
                        .get("error")
                        .asString())
                .isEqualTo("not_found");
        Answer trace = http().send("TRACE", "/api/search?q=x", List.of(STAFF, html), new byte[0]);
        assertThat(trace.status()).isEqualTo(405);
        assertThat(json(trace).get("error").asString()).isEqualTo("method_not_allowed");
        assertThat(json(http().get("/api/search?q=", STAFF, html)).get("error").asString())
                .isEqualTo("search.error.empty");
    }

    @Test
    void aPathTheFirewallRejectsGetsTheTranslatedPage() throws Exception {
        for (String path : new String[] {"/news/..;", "/news/..%3B", "/news//x", "/news/%2e%2e/admin"}) {
            Answer answer = http().get(path, "Accept: text/html", "Accept-Language: en");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(answer.body())
                    .as(path)
                    .contains("<html lang=\"en\">", "<h1>Bad request</h1>", "Go to the home page")
                    .doesNotContain("Whitelabel");
        }
        Answer directly = http().get("/error", "Accept-Language: de");
        assertThat(directly.status()).isEqualTo(404);
        assertThat(directly.body()).contains("<h1>Seite nicht gefunden</h1>");
    }

    private RawHttp http() {
        return new RawHttp(port);
    }

    private static JsonNode json(Answer answer) {
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        return new ObjectMapper().readTree(answer.body());
    }
}
