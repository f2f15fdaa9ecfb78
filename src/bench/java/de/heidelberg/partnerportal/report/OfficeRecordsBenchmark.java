package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.calendar.CalendarService;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.gift.GiftDirection;
import de.heidelberg.partnerportal.gift.GiftEdit;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.visit.NewVisit;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitFilter;
import de.heidelberg.partnerportal.visit.VisitKind;
import de.heidelberg.partnerportal.visit.VisitPersonEdit;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the office's records cost when years of work are in them, measured and reported, never asserted: the demo
 * content plus {@code -Dbench.visits=2000} generated visits over ten years (each with {@code -Dbench.people=8}
 * people from the partner cities) and {@code -Dbench.gifts=1000} gifts, in an H2 file
 * with a Lucene index on disk. Times (median of 5 after a warm-up) of the register, the start page's coming visits,
 * the gifts given before to a city and its people, a year's activity report with its PDF and spreadsheet, and the
 * calendar feed. Not part of the test suite (profile {@code bench}); run:
 * {@code ./mvnw -Pproduction,bench test -Dtest=OfficeRecordsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes target/office-records-benchmark.md.
 */
@SpringBootTest(
        classes = PartnerPortalApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/office-benchmark/db;DB_CLOSE_ON_EXIT=FALSE",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/office-benchmark/index"
        })
@ActiveProfiles("test")
class OfficeRecordsBenchmark {

    private static final int VISITS = Integer.getInteger("bench.visits", 2_000);
    private static final int PEOPLE = Integer.getInteger("bench.people", 8);
    private static final int GIFTS = Integer.getInteger("bench.gifts", 1_000);
    private static final int RUNS = 5;
    private static final int LAST_YEAR = 2025;

    @Autowired
    VisitService visits;

    @Autowired
    GiftService gifts;

    @Autowired
    ReportService reports;

    @Autowired
    ReportPdf pdf;

    @Autowired
    ReportWorkbook workbook;

    @Autowired
    CalendarService calendar;

    @Autowired
    ContentLinks links;

    @Autowired
    Readers readers;

    @Test
    void yearsOfRecords() throws IOException {
        long generateStart = System.nanoTime();
        List<ContentLink> cities = asEditor(() -> links.all(ContentType.PARTNER_CITY, readers.current(Locale.GERMAN)));
        generate(cities);
        double generated = (System.nanoTime() - generateStart) / 1e9;

        List<String> rows = new ArrayList<>();
        ContentLink montpellier = cities.stream()
                .filter(city -> city.slug().equals("montpellier"))
                .findFirst()
                .orElseThrow();
        rows.add(row(
                "register, all years (" + VISITS + " visits)",
                () -> visits.find(VisitFilter.ALL, reader()).size()));
        rows.add(row(
                "register, one year",
                () -> visits.find(new VisitFilter(null, null, LAST_YEAR, null, null), reader())
                        .size()));
        rows.add(row(
                "start page: coming visits",
                () -> visits.coming(LocalDate.of(LAST_YEAR, 6, 1), 5, reader()).size()));
        rows.add(row(
                "gifts given before (Montpellier + 8 names)",
                () -> gifts.givenBefore(
                                montpellier.id(),
                                List.of(
                                        "Person 1",
                                        "Person 2",
                                        "Person 3",
                                        "Person 4",
                                        "Person 5",
                                        "Person 6",
                                        "Person 7",
                                        "Person 8"),
                                reader())
                        .size()));
        rows.add(row(
                "report " + LAST_YEAR + " (figures)",
                () -> reports.report(new ReportRequest(String.valueOf(LAST_YEAR), null, null), reader("fr"))
                        .visits()
                        .size()));
        rows.add(row("report " + LAST_YEAR + " as PDF (French)", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.write(reports.report(new ReportRequest(String.valueOf(LAST_YEAR), null, null), reader("fr")), out);
            return out.size();
        }));
        rows.add(row("report " + LAST_YEAR + " as spreadsheet", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(reports.report(new ReportRequest(String.valueOf(LAST_YEAR), null, null), reader("fr")), out);
            return out.size();
        }));
        rows.add(row(
                "calendar feed (last year to next)",
                () -> calendar.calendar(reader("fr")).length()));

        String report = "# Office records benchmark\n\n" + VISITS + " visits (" + PEOPLE
                + " people each) over ten years, " + GIFTS + " gifts, generated in " + "%.1f".formatted(generated)
                + " s; H2 file, Lucene on disk; " + Runtime.getRuntime().availableProcessors() + " cores.\n\n"
                + "| Step | median ms | max ms | result |\n|---|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "office-records-benchmark.md"), report);
        System.out.println(report);
    }

    private String row(String step, Supplier<Integer> work) {
        asEditor(work);
        long[] times = new long[RUNS];
        int result = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = asEditor(work);
            times[run] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return "| %s | %.1f | %.1f | %d |".formatted(step, times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6, result);
    }

    private void generate(List<ContentLink> cities) {
        if (asEditor(() -> (int) visits.count()) > 10) {
            return; // generated by an earlier run into the same file
        }
        Random random = new Random(16);
        String[] countries = {"FR", "GB", "PL", "US", "IL", "JP", "CN", "UA", "DE"};
        for (int index = 0; index < VISITS; index++) {
            int number = index;
            ContentLink city = cities.get(random.nextInt(cities.size()));
            LocalDate start = LocalDate.of(LAST_YEAR - 9, 1, 1).plusDays(random.nextInt(3650));
            List<VisitPersonEdit> people = new ArrayList<>();
            for (int person = 0; person < PEOPLE; person++) {
                people.add(new VisitPersonEdit(
                        "Person " + (person + 1) + " " + number,
                        "Funktion " + person,
                        city.title().text(),
                        countries[random.nextInt(countries.length)],
                        null));
            }
            asEditor(() -> visits.create(new NewVisit(
                    "bench-visit-" + number,
                    Map.of("de", "Besuch " + number + " " + city.title().text(), "fr", "Visite " + number),
                    Map.of("de", "Austausch über Schulen, Klima und Kultur " + number),
                    VisitKind.values()[number % VisitKind.values().length],
                    number % 2 == 0 ? VisitDirection.INCOMING : VisitDirection.OUTGOING,
                    VisitState.values()[number % VisitState.values().length],
                    start,
                    start.plusDays(random.nextInt(4)),
                    "Rathaus",
                    city.id(),
                    null,
                    people,
                    null,
                    null,
                    Set.of())));
        }
        for (int index = 0; index < GIFTS; index++) {
            int number = index;
            ContentLink city = cities.get(random.nextInt(cities.size()));
            asEditor(() -> {
                GiftEdit gift = gifts.newItem();
                gift.setSlug("bench-gift-" + number);
                gift.setDescription(new TextEdit(Map.of("de", "Geschenk " + number), false));
                gift.setDirection(number % 3 == 0 ? GiftDirection.RECEIVED : GiftDirection.GIVEN);
                gift.setGivenOn(LocalDate.of(LAST_YEAR - 9, 1, 1).plusDays(random.nextInt(3650)));
                gift.setGiver("Oberbürgermeister");
                gift.setReceiver("Person " + (number % PEOPLE + 1) + " " + number);
                gift.setCityId(city.id());
                return gifts.save(gift);
            });
        }
    }

    private Reader reader() {
        return reader("de");
    }

    private Reader reader(String language) {
        return asEditor(() -> readers.current(Locale.forLanguageTag(language)));
    }

    /** Runs as an editor (who is city staff too); calls inside keep the editor signed in. */
    private static <T> T asEditor(Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "editor", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_STAFF")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
