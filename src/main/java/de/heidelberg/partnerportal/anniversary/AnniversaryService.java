package de.heidelberg.partnerportal.anniversary;

import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The round anniversaries of the partnerships and friendly relations (every {@value #STEP} years from
 * their start: the signing date when known, else the year), for the office's planning: city staff only.
 * Former relations have none.
 */
@Service
public class AnniversaryService {

    /** Every fifth year is a round one. */
    public static final int STEP = 5;

    /** By date; one known only by its year at the start of its year, before those with a day. */
    private static final Comparator<Jubilee> ORDER = Comparator.comparing(
                    (Jubilee jubilee) -> jubilee.date() != null ? jubilee.date() : LocalDate.of(jubilee.year(), 1, 1))
            .thenComparing(Jubilee::exactDay)
            .thenComparing(jubilee -> jubilee.cityName().text());

    private final CityService cities;

    AnniversaryService(CityService cities) {
        this.cities = cities;
    }

    /**
     * The anniversaries from {@code from} for {@code months} months, in order: by date, one known only by
     * its year at the start of that year. One known only by its year counts when its year overlaps the
     * period. Empty for a reader who may not see the office's records.
     */
    @PreAuthorize(ContentAccess.STAFF)
    public List<Jubilee> upcoming(Reader reader, LocalDate from, int months) {
        if (!reader.seesInternal() || months <= 0) {
            return List.of();
        }
        LocalDate until = from.plusMonths(months);
        return cities.findAll(reader).stream()
                .filter(city -> city.status() != RelationStatus.FORMER)
                .flatMap(city -> jubilees(city, from, until).stream())
                .sorted(ORDER)
                .toList();
    }

    /** A relation's round anniversaries on or after {@code from} and before {@code until}. */
    static List<Jubilee> jubilees(CitySummary city, LocalDate from, LocalDate until) {
        Integer startYear = city.since().year();
        if (startYear == null) {
            return List.of();
        }
        LocalDate start = city.since().date();
        List<Jubilee> found = new ArrayList<>();
        int lastDayYear = until.minusDays(1).getYear();
        for (int years = STEP; startYear + years <= lastDayYear; years += STEP) {
            int year = startYear + years;
            if (start != null) {
                LocalDate day = start.plusYears(years);
                if (!day.isBefore(from) && day.isBefore(until)) {
                    found.add(jubilee(city, years, year, day));
                }
            } else if (year >= from.getYear()) {
                found.add(jubilee(city, years, year, null));
            }
        }
        return found;
    }

    private static Jubilee jubilee(CitySummary city, int years, int year, @Nullable LocalDate day) {
        return new Jubilee(city.slug(), city.name(), city.relation(), years, year, day);
    }
}
