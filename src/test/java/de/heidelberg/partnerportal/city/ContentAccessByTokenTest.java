package de.heidelberg.partnerportal.city;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A token reads as a user with its role, over the search API: a PARTNER token never matches internal notes
 * or finds unpublished items; a STAFF token sees internal notes, not unpublished items (as
 * {@link ContentAccessTest} shows for users).
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentAccessByTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    CityRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void giveCambridgeAnInternalNoteAndHideBautzen() {
        transactions.executeWithoutResult(status -> {
            repository
                    .findBySlug("cambridge")
                    .orElseThrow()
                    .setInternalNote(TranslatedText.of(
                            "de",
                            Map.of(
                                    "de",
                                    "Nur intern: Delegationsreise 2026 in Planung",
                                    "en",
                                    "Internal only: delegation trip 2026")));
            repository.findBySlug("bautzen").orElseThrow().setPublished(false);
        });
    }

    @AfterEach
    void restore() {
        transactions.executeWithoutResult(status -> {
            repository.findBySlug("cambridge").orElseThrow().setInternalNote(null);
            repository.findBySlug("bautzen").orElseThrow().setPublished(true);
        });
    }

    @Test
    void aPartnerTokenNeverReceivesInternalFieldsOrUnpublishedItems() throws Exception {
        String partner = token(Role.PARTNER);
        assertThat(search("Delegationsreise", partner).get("total").asLong()).isZero();
        assertThat(search("Cambridge", partner).toString())
                .doesNotContain("Nur intern")
                .doesNotContain("Internal only");
        assertThat(ids(search("Bautzen", partner))).doesNotContain("bautzen");
    }

    @Test
    void aStaffTokenSeesInternalNotesButNotUnpublishedItems() throws Exception {
        String staff = token(Role.STAFF);
        assertThat(ids(search("Delegationsreise", staff))).containsExactly("cambridge");
        assertThat(ids(search("Bautzen", staff))).doesNotContain("bautzen");
    }

    private String token(Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return tokens.create(
                            new NewApiToken("Test " + role, role, tokens.today().plusDays(7)))
                    .token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private JsonNode search(String query, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/search?limit=50&lang=de&q=" + query))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }
}
