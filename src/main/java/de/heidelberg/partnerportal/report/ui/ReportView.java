package de.heidelberg.partnerportal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.calendar.CalendarService;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.news.NewsSummary;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import de.heidelberg.partnerportal.report.ActivityReport;
import de.heidelberg.partnerportal.report.BarChart;
import de.heidelberg.partnerportal.report.Participant;
import de.heidelberg.partnerportal.report.ReportException;
import de.heidelberg.partnerportal.report.ReportRequest;
import de.heidelberg.partnerportal.report.ReportService;
import de.heidelberg.partnerportal.report.ReportTexts;
import de.heidelberg.partnerportal.ui.page.AddressFilters;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The activity report for city staff: a year and all partner cities, one city or one network, chosen in the address
 * ({@code /reports?year=2024&city=montpellier}), with the key figures, visits per month as a bar chart (its numbers in
 * a table beside it), participants by country and by town, programmes and news, the report as PDF and spreadsheet,
 * and the address to subscribe to the office's calendar.
 */
@Route("reports")
@RolesAllowed("STAFF")
@Menu(title = "nav.reports", order = 60, icon = "vaadin:chart-grid")
public class ReportView extends Main implements HasDynamicTitle, HasBreadcrumbs, BeforeEnterObserver {

    static final String INCOMING_COLOUR = "#1a5fb4";
    static final String OUTGOING_COLOUR = "#b5400b";

    private final ReportService reports;
    private final ReportTexts texts;
    private final CalendarService calendars;
    private final Reader reader;
    private final Locale locale;
    private final List<ContentLink> cities;
    private final List<ContentLink> networks;
    private final AddressFilters filters = new AddressFilters(this, ReportView.class);
    private final Select<Integer> year;
    private final Select<ContentLink> city;
    private final Select<ContentLink> network;
    private final Div content = new Div();

    public ReportView(
            ReportService reports, ReportTexts texts, CalendarService calendars, ContentLinks links, Readers readers) {
        this.reports = reports;
        this.texts = texts;
        this.calendars = calendars;
        this.locale = getLocale() == null ? Locale.GERMAN : getLocale();
        this.reader = readers.current(locale);
        this.cities = links.all(ContentType.PARTNER_CITY, reader);
        this.networks = links.all(ContentType.NETWORK, reader);
        addClassNames("page", "report-page");

        year = filters.years("year", "report.filter.year", null, reports.years(reader));
        city = filters.links("city", "report.filter.city", "report.filter.all", cities);
        network = filters.links("network", "report.filter.network", "report.filter.all", networks);
        // a city or a network, never both
        filters.beforeNavigating(changed -> {
            if (changed == city && city.getValue() != null) {
                network.clear();
            } else if (changed == network && network.getValue() != null) {
                city.clear();
            }
        });
        content.addClassName("report-content");

        add(
                new H1(getTranslation("nav.reports")),
                new Paragraph(getTranslation("report.intro")),
                filters.layout(),
                content);
        add(calendarSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String askedYear = query.getSingleParameter("year").orElse(null);
        String askedCity = query.getSingleParameter("city").orElse(null);
        String askedNetwork = query.getSingleParameter("network").orElse(null);
        ReportRequest request = new ReportRequest(
                askedYear == null ? String.valueOf(reports.years(reader).getFirst()) : askedYear,
                askedCity,
                askedNetwork);
        try {
            ActivityReport report = reports.report(request, reader);
            filters.quietly(() -> {
                year.setValue(report.year());
                city.setValue(find(cities, report.scope().city()));
                network.setValue(find(networks, report.scope().network()));
            });
            show(report);
        } catch (ReportException refused) {
            content.removeAll();
            Paragraph message = new Paragraph(getTranslation(refused.messageKey(), refused.parameters()));
            message.addClassName("report-refused");
            message.getElement().setAttribute("role", "alert");
            content.add(message);
        }
    }

    private void show(ActivityReport report) {
        content.removeAll();
        content.add(new H2(texts.title(report.scope(), locale)), downloads(report), figures(report), chart(report));
        content.add(visits(getTranslation("report.section.visits"), report.visits()));
        if (!report.cancelled().isEmpty()) {
            content.add(visits(getTranslation("report.section.cancelled"), report.cancelled()));
        }
        content.add(countries(report), participants(report), programmes(report), news(report));
    }

    private Div downloads(ActivityReport report) {
        Div files = new Div(file(report, "pdf", "report.download.pdf"), file(report, "xlsx", "report.download.xlsx"));
        files.addClassName("report-downloads");
        return files;
    }

    /** A link the browser follows itself (router-ignore): the file comes from the report's controller. */
    private Anchor file(ActivityReport report, String extension, String labelKey) {
        StringBuilder address =
                new StringBuilder("/reports/" + report.year() + "." + extension + "?lang=" + locale.getLanguage());
        if (report.scope().city() != null) {
            address.append("&city=").append(report.scope().city().slug());
        }
        if (report.scope().network() != null) {
            address.append("&network=").append(report.scope().network().slug());
        }
        Anchor link = new Anchor(address.toString(), getTranslation(labelKey));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Div figures(ActivityReport report) {
        Div figures = new Div();
        figures.addClassName("key-figures");
        texts.figures(report.figures(), locale).forEach(figure -> {
            Div one = new Div();
            one.addClassName("key-figure");
            Div value = new Div(ReportTexts.number(figure.value(), locale));
            value.addClassName("key-figure-value");
            Div label = new Div(figure.label());
            label.addClassName("key-figure-label");
            one.add(value, label);
            figures.add(one);
        });
        return figures;
    }

    private Section chart(ActivityReport report) {
        List<String> months = ReportTexts.months(locale);
        int[] incoming = report.visitsPerMonth(VisitDirection.INCOMING);
        int[] outgoing = report.visitsPerMonth(VisitDirection.OUTGOING);
        String title = getTranslation("report.chart.title", String.valueOf(report.year()));
        String svg = BarChart.svg(
                "report-chart",
                title,
                getTranslation("report.chart.description"),
                months,
                List.of(
                        new BarChart.Series(getTranslation("report.direction.INCOMING"), incoming, INCOMING_COLOUR),
                        new BarChart.Series(getTranslation("report.direction.OUTGOING"), outgoing, OUTGOING_COLOUR)),
                value -> ReportTexts.number(value, locale));
        Svg picture = new Svg(svg);
        picture.addClassName("report-chart");
        List<List<?>> rows = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            rows.add(List.of(months.get(month), number(incoming[month]), number(outgoing[month])));
        }
        Section section = new Section(
                new H2(title),
                picture,
                ReportTables.table(
                        getTranslation("report.chart.table"),
                        List.of(
                                getTranslation("report.column.month"),
                                getTranslation("report.direction.INCOMING"),
                                getTranslation("report.direction.OUTGOING")),
                        rows,
                        1));
        section.addClassName("report-chart-section");
        return section;
    }

    private Section visits(String title, List<VisitSummary> visits) {
        List<List<?>> rows = visits.stream()
                .<List<?>>map(visit -> List.of(
                        new Anchor(visit.url(), visit.title().text()),
                        texts.period(visit, locale),
                        texts.direction(visit, locale),
                        texts.state(visit, locale),
                        texts.partner(visit),
                        number(visit.participants())))
                .toList();
        return section(
                title,
                rows.isEmpty()
                        ? none()
                        : ReportTables.table(
                                title,
                                List.of(
                                        getTranslation("report.column.visit"),
                                        getTranslation("report.column.date"),
                                        getTranslation("report.column.direction"),
                                        getTranslation("report.column.state"),
                                        getTranslation("report.column.partner"),
                                        getTranslation("report.column.participants")),
                                rows,
                                5));
    }

    private Section countries(ActivityReport report) {
        String title = getTranslation("report.section.countries");
        List<List<?>> rows = report.countries().stream()
                .<List<?>>map(country -> List.of(
                        country.name(), number(country.named()), number(country.others()), number(country.total())))
                .toList();
        return section(
                title,
                rows.isEmpty()
                        ? none()
                        : ReportTables.table(
                                title,
                                List.of(
                                        getTranslation("report.column.country"),
                                        getTranslation("report.column.named"),
                                        getTranslation("report.column.others"),
                                        getTranslation("report.column.total")),
                                rows,
                                1));
    }

    private Section participants(ActivityReport report) {
        String title = getTranslation("report.section.participants");
        String unknownTown = getTranslation("report.town.unknown");
        List<List<?>> rows = report.participants().stream()
                .<List<?>>map((Participant person) -> List.of(
                        Objects.requireNonNullElse(person.town(), unknownTown),
                        person.name(),
                        Objects.requireNonNullElse(person.function(), ""),
                        Objects.requireNonNullElse(person.country(), ""),
                        person.visit().title().text(),
                        texts.date(person.visit().startDate(), locale)))
                .toList();
        return section(
                title,
                rows.isEmpty()
                        ? none()
                        : ReportTables.table(
                                title,
                                List.of(
                                        getTranslation("report.column.town"),
                                        getTranslation("report.column.name"),
                                        getTranslation("report.column.function"),
                                        getTranslation("report.column.country"),
                                        getTranslation("report.column.visit"),
                                        getTranslation("report.column.date")),
                                rows,
                                Integer.MAX_VALUE));
    }

    private Section programmes(ActivityReport report) {
        Div list = new Div();
        for (ProgrammeView programme : report.programmes()) {
            list.add(new Paragraph(new Anchor(
                    ContentType.PROGRAMME.path() + "/" + programme.slug(),
                    programme.title().text())));
        }
        if (report.scope().network() != null) {
            list.add(new Paragraph(getTranslation("report.programmes.network")));
        } else if (report.programmes().isEmpty()) {
            list.add(none());
        }
        return section(getTranslation("report.section.programmes"), list);
    }

    private Section news(ActivityReport report) {
        Div list = new Div();
        for (NewsSummary item : report.news()) {
            String date = item.date() == null ? String.valueOf(item.year()) : texts.date(item.date(), locale);
            list.add(new Paragraph(
                    new Text(date + " · "),
                    new Anchor(
                            ContentType.NEWS.path() + "/" + item.slug(),
                            item.title().text())));
        }
        if (report.news().isEmpty()) {
            list.add(none());
        }
        return section(getTranslation("report.section.news"), list);
    }

    private Section calendarSection() {
        Pre address = new Pre(calendars.subscriptionAddress(locale) + getTranslation("calendar.subscribe.token"));
        address.addClassName("calendar-address");
        Section section = new Section(
                new H2(getTranslation("calendar.subscribe.title")),
                new Paragraph(getTranslation("calendar.subscribe.hint")),
                address,
                new Paragraph(getTranslation("calendar.subscribe.outlook")));
        section.addClassName("calendar-subscription");
        return section;
    }

    private static Section section(String title, Component body) {
        Section section = new Section(new H2(title), body);
        section.addClassName("report-section");
        return section;
    }

    private Paragraph none() {
        Paragraph none = new Paragraph(getTranslation("report.none"));
        none.addClassName("empty-state");
        return none;
    }

    private String number(int value) {
        return ReportTexts.number(value, locale);
    }

    private static @Nullable ContentLink find(List<ContentLink> links, @Nullable ContentLink wanted) {
        return wanted == null
                ? null
                : links.stream()
                        .filter(link -> link.id().equals(wanted.id()))
                        .findFirst()
                        .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.reports"), null));
    }
}
