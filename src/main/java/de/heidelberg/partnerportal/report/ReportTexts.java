package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.content.Slugs;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.visit.VisitSummary;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** The report's words in one language, the same in the files as on the page. */
@Component
public class ReportTexts {

    private final I18n i18n;

    ReportTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public String text(String key, Locale locale, Object... parameters) {
        return i18n.text(key, locale, parameters);
    }

    /** "Tätigkeitsbericht 2024 – Montpellier", "… – alle Partnerstädte und Netzwerke". */
    public String title(ReportScope scope, Locale locale) {
        String name = scope.name();
        return text("report.title", locale, String.valueOf(scope.year())) + " – "
                + (name == null ? text("report.scope.all", locale) : name);
    }

    /** "taetigkeitsbericht-2024-montpellier.pdf". */
    public String fileName(ReportScope scope, Locale locale, String extension) {
        String slug = scope.slug();
        return Slugs.of(text("report.file", locale) + " " + scope.year() + (slug == null ? "" : " " + slug)) + "."
                + extension;
    }

    public String date(LocalDate date, Locale locale) {
        return LocalizedFormats.date(date, text("format.date", locale), locale);
    }

    /** "3.–5. Mai 2024" is not attempted: both dates, or one for a single day. */
    public String period(VisitSummary visit, Locale locale) {
        return visit.startDate().equals(visit.endDate())
                ? date(visit.startDate(), locale)
                : date(visit.startDate(), locale) + " – " + date(visit.endDate(), locale);
    }

    public String direction(VisitSummary visit, Locale locale) {
        return text("report.direction." + visit.direction().name(), locale);
    }

    public String state(VisitSummary visit, Locale locale) {
        return text("report.state." + visit.state().name(), locale);
    }

    /** The partner city or network a visit is linked to, or its place. */
    public String partner(VisitSummary visit) {
        if (visit.city() != null) {
            return visit.city().title().text();
        }
        if (visit.network() != null) {
            return visit.network().title().text();
        }
        return visit.place() == null ? "" : visit.place();
    }

    /** A key figure with its label. */
    public record Figure(String label, int value) {}

    /** The key figures with their labels, in the order pages and files show them. */
    public List<Figure> figures(KeyFigures figures, Locale locale) {
        return List.of(
                new Figure(text("report.figure.visits", locale), figures.visits()),
                new Figure(text("report.figure.incoming", locale), figures.incoming()),
                new Figure(text("report.figure.outgoing", locale), figures.outgoing()),
                new Figure(text("report.figure.participants", locale), figures.participants()),
                new Figure(text("report.figure.named", locale), figures.namedPeople()),
                new Figure(text("report.figure.countries", locale), figures.countries()),
                new Figure(text("report.figure.programmes", locale), figures.programmes()),
                new Figure(text("report.figure.news", locale), figures.news()),
                new Figure(text("report.figure.cancelled", locale), figures.cancelled()));
    }

    /** Short month names, January first. */
    public static List<String> months(Locale locale) {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(month -> Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList();
    }

    public static String number(int value, Locale locale) {
        return LocalizedFormats.number(value, locale);
    }
}
