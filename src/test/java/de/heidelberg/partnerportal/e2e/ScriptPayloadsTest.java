package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.RawHttp;
import de.heidelberg.partnerportal.SignedIn;
import de.heidelberg.partnerportal.contact.ContactKind;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.contact.NewContact;
import de.heidelberg.partnerportal.news.NewNews;
import de.heidelberg.partnerportal.news.NewsService;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Script payloads typed into the texts of a news item and a contact reach readers as text (issue 15): on the
 * page (text nodes; the Markdown sanitised), in the search API's title and snippet, in the feed and in the vCard.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScriptPayloadsTest {

    private static final String PAYLOAD = "<script>alert('pp1')</script> \"><img src=x onerror=alert('pp2')>"
            + " <svg onload=alert('pp3')> <a href=\"javascript:alert('pp4')\">x</a> {{constructor.constructor('alert(5)')()}}";
    /** For fields of at most 100 characters. */
    private static final String SHORT = "<img src=x onerror=alert('pp6')>";

    /** Markup the payloads would make if they were not text. */
    private static final String ACTIVE = "script, svg, iframe, img[src=x], [^on], [href^=javascript:]";

    private static final Set<String> ACTIVE_TAGS = Set.of("script", "svg", "iframe");

    @LocalServerPort
    int port;

    @Autowired
    NewsService news;

    @Autowired
    ContactService contacts;

    @Test
    void scriptPayloadsInTextsReachReadersAsText() throws Exception {
        Map<String, String> texts =
                Map.of("de", "Sonde " + PAYLOAD, "en", "Probe " + PAYLOAD, "fr", "Sonde " + PAYLOAD);
        SignedIn.as("editor", "ROLE_EDITOR", () -> {
            news.create(new NewNews(
                    "skript-sonde",
                    LocalDate.of(2026, 11, 30),
                    2026,
                    texts,
                    texts,
                    texts,
                    null,
                    null,
                    Set.of(),
                    Set.of(),
                    true));
            return contacts.create(new NewContact(
                    "skript-sonde",
                    ContactKind.PERSON,
                    "Sonde " + PAYLOAD,
                    texts,
                    texts,
                    SHORT,
                    "69117",
                    SHORT,
                    "+49 6221 0",
                    "sonde@heidelberg.example",
                    true));
        });
        try {
            String staff = "Authorization: " + RawHttp.basic("staff", "staff");

            RawHttp.Answer feed = http().get("/feeds/news.xml?lang=de", staff);
            SyndEntry entry = new SyndFeedInput()
                    .build(new StringReader(feed.body()))
                    .getEntries()
                    .getFirst();
            assertThat(entry.getTitle()).isEqualTo("Sonde " + PAYLOAD);
            assertThat(feed.body()).doesNotContain("<script").contains("&lt;script&gt;");

            VCard card = Ezvcard.parse(
                            http().get("/api/contacts/skript-sonde.vcf", staff).body())
                    .first();
            assertThat(card.getFormattedName().getValue()).isEqualTo("Sonde " + PAYLOAD);
            assertThat(card.getAddresses().getFirst().getStreetAddress()).isEqualTo(SHORT);

            JsonNode hit = new ObjectMapper()
                    .readTree(http().get("/api/search?q=Sonde+alert&type=news&lang=de", staff)
                            .body())
                    .get("hits")
                    .get(0);
            assertThat(hit.get("title").asString()).isEqualTo("Sonde " + PAYLOAD);
            String snippet = hit.get("snippet").asString();
            assertThat(snippet).contains("<mark>", "&lt;script&gt;");
            assertThat(Jsoup.parseBodyFragment(snippet).body().select("*:not(body):not(mark)"))
                    .as("the snippet's only markup is <mark>")
                    .isEmpty();

            PortalVisitor visitor = new PortalVisitor("http://localhost:" + port, "en").signIn("partner", "partner");
            for (String page : new String[] {"news/skript-sonde", "contacts/skript-sonde"}) {
                VaadinClient ui = visitor.open(page, List.of("Probe <script>alert('pp1')</script>"));
                assertThat(ui.find(element -> element.text.contains("<script>alert('pp1')</script>")))
                        .as(page + ": the payload as a text node")
                        .isPresent();
                assertThat(ui.find(element -> ACTIVE_TAGS.contains(element.tag)
                                || !Jsoup.parseBodyFragment(element.property("innerHTML"))
                                        .select(ACTIVE)
                                        .isEmpty()))
                        .as(page + ": no element made from the payload")
                        .isEmpty();
            }
        } finally {
            // out of readers' sight again (the other tests of this context count the feed's items)
            SignedIn.as("editor", "ROLE_EDITOR", () -> {
                var item = news.edit("skript-sonde").orElseThrow();
                news.trash(item.getId(), item.getVersion());
                var contact = contacts.edit("skript-sonde").orElseThrow();
                contacts.trash(contact.getId(), contact.getVersion());
            });
        }
    }

    private RawHttp http() {
        return new RawHttp(port);
    }
}
