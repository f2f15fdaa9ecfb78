package de.heidelberg.partnerportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.TestImages;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.news.NewsWithImage;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The news feed and the vCards, as other programs fetch them (HTTP Basic or the session). */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTest {

    @LocalServerPort
    int port;

    @Test
    void theNewsFeedIsValidRssInEachLanguage() throws Exception {
        SyndFeed german = feed("de");
        assertThat(german.getFeedType()).isEqualTo("rss_2.0");
        assertThat(german.getLanguage()).isEqualTo("de");
        assertThat(german.getEntries()).hasSize(11);
        SyndEntry newest = german.getEntries().getFirst();
        assertThat(newest.getTitle()).contains("Goldene Buch").contains("Jelenia Góra");
        assertThat(newest.getLink()).endsWith("/news/jelenia-gora-goldenes-buch?lang=de");
        assertThat(newest.getPublishedDate()).isNotNull();

        assertThat(feed("en").getEntries().getFirst().getTitle()).contains("Golden Book");
        assertThat(feed("fr").getEntries().getFirst().getTitle()).contains("Livre d");
    }

    @Autowired
    ImageService images;

    @Autowired
    ApplicationContext context;

    @Test
    void anImageIsServedOnlyToWhoMaySeeAnItemThatShowsIt() throws Exception {
        long published = upload();
        long draft = upload();
        long trashed = upload();
        long notYetSaved = upload();
        NewsWithImage.save(context, "bild-veroeffentlicht", "Mit Bild", published, NewsWithImage.State.PUBLISHED);
        NewsWithImage.save(context, "bild-entwurf", "Entwurf mit Bild", draft, NewsWithImage.State.DRAFT);
        NewsWithImage.save(context, "bild-papierkorb", "Gelöscht mit Bild", trashed, NewsWithImage.State.IN_TRASH);
        try {
            HttpResponse<String> response = get("/api/images/" + published, "partner", "partner");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(get("/api/images/" + published, "partner", "wrong").statusCode())
                    .isEqualTo(401);
            assertThat(get("/api/images/999999", "partner", "partner").statusCode())
                    .isEqualTo(404);
            assertThat(get("/api/images/not-a-number", "partner", "partner").statusCode())
                    .isEqualTo(400);
            // a draft's image, one in the trash and an upload not yet saved answer as an unknown id does
            for (String reader : new String[] {"partner", "staff"}) {
                for (long hidden : new long[] {draft, trashed, notYetSaved}) {
                    assertThat(get("/api/images/" + hidden, reader, reader).statusCode())
                            .as(reader + " " + hidden)
                            .isEqualTo(404);
                }
            }
            // translators translate drafts, in the editor that shows the image
            assertThat(get("/api/images/" + draft, "translator", "translator").statusCode())
                    .isEqualTo(200);
            assertThat(get("/api/images/" + trashed, "translator", "translator").statusCode())
                    .isEqualTo(404);
            for (long any : new long[] {published, draft, trashed, notYetSaved}) {
                assertThat(get("/api/images/" + any, "editor", "editor").statusCode())
                        .as("editor " + any)
                        .isEqualTo(200);
            }
        } finally {
            for (String slug : new String[] {"bild-veroeffentlicht", "bild-entwurf", "bild-papierkorb"}) {
                NewsWithImage.remove(context, slug);
            }
        }
    }

    private long upload() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "editor", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_STAFF")));
        try {
            return images.store(TestImages.png(8, 8));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aVCardDescribesTheContact() throws Exception {
        HttpResponse<String> response = get("/api/contacts/anna-seitz.vcf", "partner", "partner");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/vcard"));
        VCard card = Ezvcard.parse(response.body()).first();
        assertThat(card.getFormattedName().getValue()).isEqualTo("Anna Seitz");
        assertThat(card.getStructuredName().getFamily()).isEqualTo("Seitz");
        assertThat(card.getOrganization().getValues()).anyMatch(v -> v.contains("Internationales und Europa"));
        assertThat(card.getAddresses().getFirst().getPostalCode()).isEqualTo("69117");
        assertThat(get("/api/contacts/nobody.vcf", "partner", "partner").statusCode())
                .isEqualTo(404);
    }

    @Test
    void withoutCredentialsTheAnswerIs401NotALoginPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/news.xml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/feeds/news.xml", "partner", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void searchAnswersTheContract() throws Exception {
        HttpResponse<String> response = get("/api/search?q=Kumamto&lang=en&limit=5", "partner", "partner");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("query").asString()).isEqualTo("Kumamto");
        assertThat(body.get("total").asLong()).isPositive();
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("type").asString()).isEqualTo("partner-city");
        assertThat(first.get("id").asString()).isEqualTo("kumamoto");
        assertThat(first.get("title").asString()).isEqualTo("Kumamoto");
        assertThat(first.get("url").asString()).isEqualTo("/partner-cities/kumamoto");
        assertThat(first.get("language").asString()).isEqualTo("en");
        assertThat(first.has("snippet")).isTrue();

        JsonNode news = json(get("/api/search?q=Montpellier&type=news&lang=fr", "staff", "staff"));
        assertThat(news.get("hits"))
                .allSatisfy(hit -> assertThat(hit.get("type").asString()).isEqualTo("news"));
    }

    @Test
    void badSearchInputAnswers400NeverA500() throws Exception {
        String tooLong = "a".repeat(501);
        for (String query : new String[] {
            "q=",
            "q=%20%20",
            "q=" + tooLong,
            "q=*",
            "q=%3F",
            "q=Heidelberg&lang=xx",
            "q=Heidelberg&limit=0",
            "q=Heidelberg&limit=abc",
            "q=Heidelberg&type=unknown",
            ""
        }) {
            HttpResponse<String> response = get("/api/search?" + query, "staff", "staff");
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("message").asString()).as(query).isNotBlank();
        }
        for (String query :
                new String[] {"AND%20OR%20(", "title:%5Ba%20TO", "%22unclosed", "Heidel%07berg", "-", "%2B%2B%2B"}) {
            HttpResponse<String> response = get("/api/search?q=" + query, "staff", "staff");
            assertThat(response.statusCode()).as(query).isIn(200, 400);
        }
        assertThat(json(get("/api/search?q=&lang=fr", "staff", "staff"))
                        .get("message")
                        .asString())
                .isEqualTo("Veuillez saisir un terme de recherche.");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return new ObjectMapper().readTree(response.body());
    }

    private SyndFeed feed(String language) throws Exception {
        HttpResponse<String> response = get("/feeds/news.xml?lang=" + language, "staff", "staff");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("rss+xml"));
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
