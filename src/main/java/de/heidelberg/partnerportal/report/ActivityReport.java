package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.news.NewsSummary;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitSummary;
import java.util.List;
import java.util.Locale;

/**
 * A year's activity in the reader's language, as {@link ReportService} counts it.
 *
 * @param visits the counted visits (done or confirmed) that began in the year, the earliest first
 * @param cancelled the cancelled visits of the year, listed apart and not counted
 * @param countries participants by country, the most first
 * @param participants the named people of the counted visits, by their town, then date and name
 * @param programmes the programmes linked to the city (all programmes for the whole report, none for a network)
 * @param news the news of the year about the city or network (all news of the year for the whole report)
 */
public record ActivityReport(
        ReportScope scope,
        Locale locale,
        List<VisitSummary> visits,
        List<VisitSummary> cancelled,
        List<CountryCount> countries,
        List<Participant> participants,
        List<ProgrammeView> programmes,
        List<NewsSummary> news) {

    public int year() {
        return scope.year();
    }

    public KeyFigures figures() {
        return new KeyFigures(
                visits.size(),
                count(VisitDirection.INCOMING),
                count(VisitDirection.OUTGOING),
                cancelled.size(),
                participants.size(),
                visits.stream().mapToInt(VisitSummary::participants).sum(),
                (int) countries.stream()
                        .filter(country -> country.code() != null)
                        .count(),
                programmes.size(),
                news.size());
    }

    /** Counted visits per month (index 0 is January) in one direction. */
    public int[] visitsPerMonth(VisitDirection direction) {
        int[] months = new int[12];
        visits.stream()
                .filter(visit -> visit.direction() == direction)
                .forEach(visit -> months[visit.startDate().getMonthValue() - 1]++);
        return months;
    }

    private int count(VisitDirection direction) {
        return (int)
                visits.stream().filter(visit -> visit.direction() == direction).count();
    }
}
