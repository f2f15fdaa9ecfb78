package de.heidelberg.partnerportal.api;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.SyndFeedInput;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.ApiTokenSummary;
import de.heidelberg.partnerportal.security.CreatedApiToken;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import ezvcard.Ezvcard;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Integrations with API tokens ({@code Authorization: Bearer pp_…}) against the running server: what a token
 * reads, how a revoked, expired or wrong one is refused, that it opens no page and that only its hash is kept.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokenTest {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenReadsTheSearchTheFeedAndVCardsWithoutASession() throws Exception {
        String token = create("Intranet-Suche", Role.STAFF).token();

        HttpResponse<String> search =
                get("/api/search?q=Cambridge&lang=en", Map.of("Authorization", "Bearer " + token));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(json(search).get("hits").get(0).get("id").asString()).isEqualTo("cambridge");
        // checked anew on every request: no session is made, no cookie is set
        assertThat(search.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> feed = get("/feeds/news.xml?lang=fr", Map.of("Authorization", "Bearer " + token));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(new SyndFeedInput().build(new StringReader(feed.body())).getEntries())
                .isNotEmpty();

        HttpResponse<String> vcard = get("/api/contacts/anna-seitz.vcf", Map.of("Authorization", "Bearer " + token));
        assertThat(vcard.statusCode()).isEqualTo(200);
        assertThat(Ezvcard.parse(vcard.body()).first().getFormattedName().getValue())
                .isEqualTo("Anna Seitz");

        // the scheme's name is case-insensitive (RFC 9110)
        assertThat(get("/api/search?q=Kumamoto", Map.of("Authorization", "bearer " + token))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLastUseIsRecordedAtMostOnceAMinute() throws Exception {
        CreatedApiToken created = create("Feed-Leser", Role.PARTNER);
        assertThat(summary(created).lastUsedAt()).isNull();

        assertThat(get("/feeds/news.xml", bearer(created)).statusCode()).isEqualTo(200);
        Instant firstUse = summary(created).lastUsedAt();
        assertThat(firstUse).isNotNull().isBeforeOrEqualTo(Instant.now());

        assertThat(get("/feeds/news.xml", bearer(created)).statusCode()).isEqualTo(200);
        assertThat(summary(created).lastUsedAt()).as("within the minute").isEqualTo(firstUse);

        jdbc.update(
                "update api_token set last_used_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(120)),
                created.summary().id());
        assertThat(get("/feeds/news.xml", bearer(created)).statusCode()).isEqualTo(200);
        assertThat(summary(created).lastUsedAt()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void aRevokedTokenIsRefusedAtItsNextRequestWithAJsonError() throws Exception {
        CreatedApiToken created = create("Bald widerrufen", Role.STAFF);
        assertThat(get("/api/search?q=Cambridge", bearer(created)).statusCode()).isEqualTo(200);

        asAdmin(() -> tokens.revoke(created.summary().id()));

        HttpResponse<String> refused = get("/api/search?q=Cambridge&lang=en", bearer(created));
        assertRefusedAsInvalidToken(refused);
        assertThat(json(refused).get("message").asString()).isEqualTo("The token has been revoked.");
        assertRefusedAsInvalidToken(get("/feeds/news.xml", bearer(created)));
        assertRefusedAsInvalidToken(get("/api/contacts/anna-seitz.vcf", bearer(created)));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        CreatedApiToken created = create("Abgelaufen", Role.PARTNER);
        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                created.summary().id());

        HttpResponse<String> refused = get("/api/search?q=Cambridge&lang=de", bearer(created));
        assertRefusedAsInvalidToken(refused);
        assertThat(json(refused).get("message").asString()).isEqualTo("Der Token ist abgelaufen.");
        assertThat(summary(created).state().name()).isEqualTo("EXPIRED");
    }

    @Test
    void aWrongOrMalformedBearerIsRefusedWithAJsonErrorNeverABasicChallenge() throws Exception {
        String token = create("Echt", Role.STAFF).token();
        String otherEnd = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String authorization : new String[] {
            "Bearer",
            "Bearer ",
            "Bearer pp_short",
            "Bearer " + token + "x",
            "Bearer " + otherEnd,
            "Bearer " + token.substring(3),
            "Bearer " + token + " " + token,
            "Bearer <script>alert(1)</script>"
        }) {
            HttpResponse<String> refused = get("/api/search?q=Cambridge", Map.of("Authorization", authorization));
            assertRefusedAsInvalidToken(refused);
            // no ?lang= and no Accept-Language: English, for whoever runs the program
            assertThat(json(refused).get("message").asString())
                    .as(authorization)
                    .isEqualTo("The token is unknown or mistyped.");
        }
        assertThat(json(get("/api/search?q=x&lang=fr", Map.of("Authorization", "Bearer nope")))
                        .get("message")
                        .asString())
                .isEqualTo("Le jeton est inconnu ou mal saisi.");
        assertThat(json(get(
                                "/feeds/news.xml",
                                Map.of("Authorization", "Bearer nope", "Accept-Language", "de-DE,de;q=0.9")))
                        .get("message")
                        .asString())
                .isEqualTo("Der Token ist unbekannt oder falsch geschrieben.");
    }

    @Test
    void aTokenOpensNoPageOfThePortal() throws Exception {
        String token = create("Nur API", Role.STAFF).token();
        for (String path : new String[] {"/", "/search?q=Cambridge", "/admin/tokens", "/partner-cities/cambridge"}) {
            HttpResponse<String> page = get(path, Map.of("Authorization", "Bearer " + token));
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        CreatedApiToken created = create("Nur der Hash", Role.PARTNER);
        String token = created.token();
        assertThat(token).matches("pp_[A-Za-z0-9_-]{43}");

        Map<String, Object> row = jdbc.queryForMap(
                "select * from api_token where id = ?", created.summary().id());
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(sha256);
        assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 9));
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token.substring(9)));
        assertThat(created.toString()).doesNotContain(token.substring(9));
    }

    @Test
    void httpBasicStillWorksForPeople() throws Exception {
        String credentials = Base64.getEncoder().encodeToString("staff:staff".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> search = get("/api/search?q=Cambridge", Map.of("Authorization", "Basic " + credentials));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(json(search).get("total").asLong()).isPositive();

        HttpResponse<String> anonymous = get("/api/search?q=Cambridge", Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        // a program that polls without credentials leaves no session behind (there is no page to return to)
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(search.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static void assertRefusedAsInvalidToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
        JsonNode body = json(response);
        assertThat(body.get("error").asString()).isEqualTo("invalid_token");
        assertThat(body.get("message").asString()).isNotBlank();
    }

    private CreatedApiToken create(String name, Role role) {
        return asAdmin(
                () -> tokens.create(new NewApiToken(name, role, tokens.today().plusDays(30))));
    }

    private ApiTokenSummary summary(CreatedApiToken created) {
        return asAdmin(() -> tokens.findAll().stream()
                .filter(token -> token.id() == created.summary().id())
                .findFirst()
                .orElseThrow());
    }

    private static Map<String, String> bearer(CreatedApiToken created) {
        return Map.of("Authorization", "Bearer " + created.token());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
