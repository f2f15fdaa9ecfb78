package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import de.heidelberg.partnerportal.visit.VisitDetail;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitPersonView;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import de.heidelberg.partnerportal.visit.VisitSummary;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity report of a year, counted from the visits register, the programmes and the news. What counts:
 *
 * <ul>
 *   <li>a visit belongs to the year in which it begins (one that runs over New Year is counted once);
 *   <li>visits that are <em>done</em> or <em>confirmed</em> are counted; <em>cancelled</em> ones are listed apart and
 *       not counted; <em>requested</em> and <em>planned</em> ones are left out (they are plans, not activity);
 *   <li>participants by country: each named person under their own country (ISO code), or "unknown" when none is
 *       recorded; a group larger than its named people counts the rest, for an incoming visit, under the partner
 *       city's country, otherwise (an outgoing delegation, a visit without a city) under "unknown";
 *   <li>programmes: those linked to the city, all for the whole report, none for a network (programmes are not
 *       linked to networks); news: those of the year about the city or network, all of the year for the whole
 *       report.
 * </ul>
 *
 * Drafts count nowhere: a report is kept and passed on, as a feed is.
 */
@Service
public class ReportService {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    /** More news than one year ever had; a report lists them all. */
    static final int MAX_NEWS = 1000;

    private static final Set<VisitState> COUNTED = Set.of(VisitState.DONE, VisitState.CONFIRMED);

    private final VisitService visits;
    private final CityService cities;
    private final NetworkService networks;
    private final NewsService news;
    private final ProgrammeService programmes;
    private final I18n i18n;
    private final Clock clock;

    ReportService(
            VisitService visits,
            CityService cities,
            NetworkService networks,
            NewsService news,
            ProgrammeService programmes,
            I18n i18n,
            Clock clock) {
        this.visits = visits;
        this.cities = cities;
        this.networks = networks;
        this.news = news;
        this.programmes = programmes;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * The report asked for; refused with {@link ReportException} for a year that is no year, an unknown city or
     * network, or both a city and a network.
     */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public ActivityReport report(ReportRequest request, Reader reader) {
        Reader kept = reader.publishedOnly();
        ReportScope scope = scope(request, kept);
        int year = scope.year();
        List<VisitDetail> ofTheYear =
                visits.inPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), kept).stream()
                        .filter(visit -> visit.summary().startDate().getYear() == year)
                        .filter(visit -> inScope(visit.summary(), scope))
                        .toList();
        List<VisitDetail> counted = ofTheYear.stream()
                .filter(visit -> COUNTED.contains(visit.summary().state()))
                .toList();
        List<VisitSummary> cancelled = ofTheYear.stream()
                .map(VisitDetail::summary)
                .filter(visit -> visit.state() == VisitState.CANCELLED)
                .toList();
        Map<Long, String> countryOfCity =
                cities.findAll(kept).stream().collect(Collectors.toMap(CitySummary::id, CitySummary::countryCode));
        Locale locale = kept.locale();
        return new ActivityReport(
                scope,
                locale,
                counted.stream().map(VisitDetail::summary).toList(),
                cancelled,
                countries(counted, countryOfCity, locale),
                participants(counted, locale),
                programmes(scope, kept),
                news.find(new NewsFilter(id(scope.city()), id(scope.network()), year), kept, 0, MAX_NEWS));
    }

    /**
     * The years a report can be asked for in the selector: every year with a visit or a news item, and this year,
     * the latest first.
     */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<Integer> years(Reader reader) {
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(LocalDate.now(clock.withZone(LocalizedFormats.ZONE)).getYear());
        years.addAll(visits.years(reader.publishedOnly()));
        years.addAll(news.years(reader.publishedOnly()));
        return List.copyOf(years);
    }

    private ReportScope scope(ReportRequest request, Reader reader) {
        int year = year(request.year());
        String city = EditChecks.tidy(request.city());
        String network = EditChecks.tidy(request.network());
        if (city != null && network != null) {
            throw new ReportException(400, "report.error.city-and-network");
        }
        ContentLink cityLink = city == null
                ? null
                : cities.findBySlug(city, reader)
                        .map(found -> new ContentLink(
                                ContentType.PARTNER_CITY,
                                found.summary().id(),
                                found.summary().slug(),
                                found.summary().name()))
                        .orElseThrow(() -> new ReportException(404, "report.error.city", city));
        ContentLink networkLink = network == null
                ? null
                : networks.findBySlug(network, reader)
                        .map(found -> new ContentLink(ContentType.NETWORK, found.id(), found.slug(), found.name()))
                        .orElseThrow(() -> new ReportException(404, "report.error.network", network));
        return new ReportScope(year, cityLink, networkLink);
    }

    private static int year(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            throw new ReportException(400, "report.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        int year = Integer.parseInt(value.strip());
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ReportException(400, "report.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return year;
    }

    private static boolean inScope(VisitSummary visit, ReportScope scope) {
        if (scope.city() != null) {
            return visit.city() != null && visit.city().id().equals(scope.city().id());
        }
        if (scope.network() != null) {
            return visit.network() != null
                    && visit.network().id().equals(scope.network().id());
        }
        return true;
    }

    private List<CountryCount> countries(List<VisitDetail> counted, Map<Long, String> countryOfCity, Locale locale) {
        Map<@Nullable String, int[]> byCode = new LinkedHashMap<>();
        for (VisitDetail visit : counted) {
            for (VisitPersonView person : visit.people()) {
                byCode.computeIfAbsent(code(person.country()), code -> new int[2])[0]++;
            }
            int others = visit.summary().participants() - visit.people().size();
            if (others > 0) {
                VisitSummary summary = visit.summary();
                String code = summary.direction() == VisitDirection.INCOMING && summary.city() != null
                        ? code(countryOfCity.get(summary.city().id()))
                        : null;
                byCode.computeIfAbsent(code, unused -> new int[2])[1] += others;
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<CountryCount> counts = new ArrayList<>();
        byCode.forEach((code, numbers) -> counts.add(new CountryCount(
                code,
                code == null ? i18n.text("report.country.unknown", locale) : countryName(code, locale),
                numbers[0],
                numbers[1])));
        counts.sort(Comparator.comparingInt(CountryCount::total)
                .reversed()
                // "unknown" last among equals, the others alphabetically
                .thenComparing(count -> count.code() == null)
                .thenComparing(CountryCount::name, collator));
        return counts;
    }

    private static List<Participant> participants(List<VisitDetail> counted, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<@Nullable String> byText = Comparator.nullsLast(collator::compare);
        return counted.stream()
                .flatMap(visit -> visit.people().stream()
                        .map(person -> new Participant(
                                EditChecks.tidy(person.city()),
                                person.name(),
                                EditChecks.tidy(person.function()),
                                code(person.country()) == null
                                        ? null
                                        : countryName(Objects.requireNonNull(code(person.country())), locale),
                                visit.summary())))
                .sorted(Comparator.comparing(Participant::town, byText)
                        .thenComparing(participant -> participant.visit().startDate())
                        .thenComparing(Participant::name, collator))
                .toList();
    }

    private List<ProgrammeView> programmes(ReportScope scope, Reader reader) {
        if (scope.network() != null) {
            return List.of();
        }
        return programmes.findAll(reader).stream()
                .filter(programme -> programme.sinceYear() == null || programme.sinceYear() <= scope.year())
                .filter(programme -> scope.city() == null
                        || programme.cities().stream()
                                .anyMatch(city -> city.id().equals(scope.city().id())))
                .toList();
    }

    /** A country's name in the language ("Frankreich", "France"); the code itself when Java does not know it. */
    static String countryName(String code, Locale locale) {
        String name = Countries.name(code, locale);
        return name.isBlank() ? code : name;
    }

    private static @Nullable String code(@Nullable String country) {
        String code = EditChecks.tidy(country);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static @Nullable Long id(@Nullable ContentLink link) {
        return link == null ? null : link.id();
    }
}
