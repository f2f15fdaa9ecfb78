package de.heidelberg.partnerportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.SignedIn;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.report.ReportFixture;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.visit.VisitState;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The calendar feed over HTTP as Outlook fetches it (the token in the address) and as programs do (the header): it
 * parses and validates with ical4j, speaks the asked language, keeps its UIDs, and is refused to partners' tokens.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedTest {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    private ReportFixture fixture;
    private LocalDate start;
    private String confirmedSlug;

    @BeforeEach
    void comingVisits() {
        LocalDate today = LocalDate.now(LocalizedFormats.ZONE);
        start = today.plusDays(20);
        fixture = new ReportFixture(context);
        confirmedSlug = fixture.upcoming("kalender-bestaetigt", start, today.plusDays(10), VisitState.CONFIRMED);
        fixture.upcoming("kalender-abgesagt", today.plusDays(40), today.plusDays(30), VisitState.CANCELLED);
        fixture.upcoming("kalender-geplant", today.plusDays(60), today.plusDays(50), VisitState.PLANNED);
    }

    @AfterEach
    void removeThem() {
        fixture.remove();
    }

    @Test
    void aStaffTokenInTheAddressGetsAValidFrenchCalendar() throws Exception {
        String token = token("Outlook Referat", Role.STAFF);
        HttpResponse<String> answer = get(CalendarService.PATH + "?lang=fr&token=" + token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();

        List<VEvent> confirmed = events(calendar, "Visite de Montpellier");
        assertThat(confirmed).hasSize(3);
        VEvent visit = confirmed.stream()
                .filter(event -> value(event, Property.UID).endsWith("@localhost")
                        && value(event, Property.STATUS).equals("CONFIRMED"))
                .findFirst()
                .orElseThrow();
        assertThat(value(visit, Property.DTSTART)).isEqualTo(start.toString().replace("-", ""));
        assertThat(value(visit, Property.DTEND))
                .isEqualTo(start.plusDays(3).toString().replace("-", ""));
        assertThat(value(visit, Property.LOCATION)).isEqualTo("Rathaus Heidelberg");
        assertThat(value(visit, Property.DESCRIPTION)).contains("Personnes :", "Jerzy Łużniak");
        assertThat(value(visit, Property.URL)).endsWith("/visits/" + confirmedSlug + "?lang=fr");
        assertThat(confirmed)
                .extracting(event -> value(event, Property.STATUS))
                .containsExactlyInAnyOrder("CONFIRMED", "CANCELLED", "TENTATIVE");
        // the cancelled visit's deadline is no longer one
        assertThat(events(calendar, "Échéance : Visite de Montpellier")).hasSize(2);
        // Montpellier since 1961: every fifth year is a jubilee, on 1 January as only the year is known
        int thisYear = LocalDate.now(LocalizedFormats.ZONE).getYear();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            if ((year - 1961) % 5 == 0) {
                assertThat(events(calendar, (year - 1961) + " ans de jumelage avec Montpellier"))
                        .singleElement()
                        .satisfies(event ->
                                assertThat(value(event, Property.DTSTART)).endsWith("0101"));
            }
        }

        // fetched again: the same UIDs, so calendar programs update instead of adding
        Calendar again = new CalendarBuilder()
                .build(new StringReader(get(CalendarService.PATH + "?lang=fr&token=" + token, Map.of())
                        .body()));
        assertThat(uids(again)).isEqualTo(uids(calendar));
    }

    @Test
    void theHeaderWorksTooAndAnAdministratorsTokenIncludesCityStaff() throws Exception {
        HttpResponse<String> german = get(
                CalendarService.PATH + "?lang=de",
                Map.of("Authorization", "Bearer " + token("Kalender-Skript", Role.STAFF)));
        assertThat(german.statusCode()).isEqualTo(200);
        assertThat(german.body()).contains("SUMMARY:Besuch aus Montpellier", "Frist: Besuch aus Montpellier");

        assertThat(get(CalendarService.PATH + "?lang=en&token=" + token("Admin", Role.ADMIN), Map.of())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void partnersAndStrangersGetTheApisJsonRefusal() throws Exception {
        HttpResponse<String> partner =
                get(CalendarService.PATH + "?lang=fr&token=" + token("Partner-Kalender", Role.PARTNER), Map.of());
        assertThat(partner.statusCode()).isEqualTo(403);
        assertThat(partner.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(partner.body()).contains("\"error\":\"forbidden\"").doesNotContain("Montpellier");

        assertThat(get(CalendarService.PATH, Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = get(CalendarService.PATH + "?token=pp_nope", Map.of());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("\"error\":\"invalid_token\"");
        // only the calendar takes the token from the address
        String staff = token("Nur Kalender", Role.STAFF);
        assertThat(get("/feeds/news.xml?token=" + staff, Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/api/search?q=Cambridge&token=" + staff, Map.of()).statusCode())
                .isEqualTo(401);
    }

    private static List<VEvent> events(Calendar calendar, String summary) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> value(event, Property.SUMMARY).equals(summary))
                .toList();
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> value(event, Property.UID))
                .sorted()
                .toList();
    }

    private static String value(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(Property::getValue).orElse("");
    }

    private String token(String name, Role role) {
        return SignedIn.asAdmin(() ->
                        tokens.create(new NewApiToken(name, role, tokens.today().plusDays(30))))
                .token();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
