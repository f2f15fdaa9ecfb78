package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.ui.page.FilterChoice;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitFilter;
import de.heidelberg.partnerportal.visit.VisitList;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import de.heidelberg.partnerportal.visit.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The visits register for city staff, grouped by year, the latest first; filters by partner city, year, state and
 * direction live in the address ({@code /visits?city=montpellier&year=2021}), so a filtered list can be bookmarked.
 */
@Route("visits")
@RolesAllowed(Role.Names.STAFF)
@Menu(title = "nav.visits", order = 55, icon = "vaadin:airplane")
public class VisitsView extends ContentPage implements BeforeEnterObserver {

    static final String CITY = "city";
    static final String YEAR = "year";
    static final String STATE = "state";
    static final String DIRECTION = "direction";

    private final VisitService visits;
    private final Reader reader;
    private final List<ContentLink> cities;
    private final Select<ContentLink> city = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<VisitState> state = new Select<>();
    private final Select<VisitDirection> direction = new Select<>();
    private final Div results = new Div();
    private boolean updatingFromAddress;

    public VisitsView(VisitService visits, ContentLinks links, Readers readers) {
        super(VisitService.TYPE, "nav.visits");
        this.visits = visits;
        this.reader = readers.current(getLocale());
        this.cities = links.all(ContentType.PARTNER_CITY, reader);

        choice(
                city,
                "visits.filter.city",
                "visits.filter.all-cities",
                cities,
                link -> link.title().text());
        choice(year, "visits.filter.year", "visits.filter.all-years", visits.years(reader), String::valueOf);
        choice(
                state,
                "visits.field.state",
                "visits.filter.all-states",
                Arrays.asList(VisitState.values()),
                value -> getTranslation("visits.state." + value.name()));
        choice(
                direction,
                "visits.field.direction",
                "visits.filter.all-directions",
                Arrays.asList(VisitDirection.values()),
                value -> getTranslation("visits.direction." + value.name()));

        HorizontalLayout filters = new HorizontalLayout(city, year, state, direction);
        filters.addClassName("filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        add(new H1(getTranslation("nav.visits")));
        Div actions = new Div();
        actions.addClassName("page-actions");
        Anchor request = new Anchor(VisitRequestView.PATH, getTranslation("visits.request.title"));
        request.addClassName("request-visit");
        actions.add(request);
        Anchor goldenBook = new Anchor(GoldenBookView.PATH, getTranslation("nav.golden-book"));
        goldenBook.addClassName("golden-book-link");
        actions.add(goldenBook);
        add(actions);
        addEditAction(EditChecks.NEW, "visits.new");
        add(filters, results);
    }

    private <T> void choice(
            Select<T> select, String labelKey, String allKey, List<T> items, Function<T, String> label) {
        FilterChoice.of(select, this, labelKey, allKey, items, label, this::filterChanged);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        updatingFromAddress = true;
        city.setValue(query.getSingleParameter(CITY)
                .flatMap(slug ->
                        cities.stream().filter(c -> c.slug().equals(slug)).findFirst())
                .orElse(null));
        year.setValue(
                query.getSingleParameter(YEAR).flatMap(VisitsView::parseYear).orElse(null));
        state.setValue(query.getSingleParameter(STATE)
                .flatMap(value -> parse(value, VisitState.class))
                .orElse(null));
        direction.setValue(query.getSingleParameter(DIRECTION)
                .flatMap(value -> parse(value, VisitDirection.class))
                .orElse(null));
        updatingFromAddress = false;
        show();
    }

    private void filterChanged() {
        if (updatingFromAddress) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (city.getValue() != null) {
            parameters.put(CITY, city.getValue().slug());
        }
        if (year.getValue() != null) {
            parameters.put(YEAR, String.valueOf(year.getValue()));
        }
        if (state.getValue() != null) {
            parameters.put(STATE, state.getValue().name());
        }
        if (direction.getValue() != null) {
            parameters.put(DIRECTION, direction.getValue().name());
        }
        getUI().ifPresent(ui -> ui.navigate(VisitsView.class, QueryParameters.simple(parameters)));
    }

    private void show() {
        List<VisitSummary> found = visits.find(
                new VisitFilter(
                        city.getValue() == null ? null : city.getValue().id(),
                        null,
                        year.getValue(),
                        state.getValue(),
                        direction.getValue()),
                reader);
        results.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("visits.none"));
            empty.addClassName("empty-state");
            results.add(empty);
            return;
        }
        Map<Integer, List<VisitSummary>> byYear = found.stream()
                .collect(Collectors.groupingBy(
                        visit -> visit.startDate().getYear(), LinkedHashMap::new, Collectors.toList()));
        byYear.forEach((visitYear, ofYear) ->
                results.add(new H2(String.valueOf(visitYear)), VisitList.of(ofYear, this, getLocale())));
    }

    private static Optional<Integer> parseYear(String value) {
        try {
            int parsed = Integer.parseInt(value);
            return parsed >= LocalDate.MIN.getYear() && parsed <= LocalDate.MAX.getYear()
                    ? Optional.of(parsed)
                    : Optional.empty();
        } catch (NumberFormatException notAYear) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> parse(@Nullable String value, Class<E> type) {
        try {
            return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
