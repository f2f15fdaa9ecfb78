package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.AddressFilters;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitFilter;
import de.heidelberg.partnerportal.visit.VisitList;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import de.heidelberg.partnerportal.visit.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    private final AddressFilters filters = new AddressFilters(this, VisitsView.class);
    private final Select<ContentLink> city;
    private final Select<Integer> year;
    private final Select<VisitState> state;
    private final Select<VisitDirection> direction;
    private final Div results = new Div();

    public VisitsView(VisitService visits, ContentLinks links, Readers readers) {
        super(VisitService.TYPE, "nav.visits");
        this.visits = visits;
        this.reader = readers.current(getLocale());

        city = filters.links(
                CITY, "visits.filter.city", "visits.filter.all-cities", links.all(ContentType.PARTNER_CITY, reader));
        year = filters.years(YEAR, "visits.filter.year", "visits.filter.all-years", visits.years(reader));
        state = filters.constants(
                STATE, "visits.field.state", "visits.filter.all-states", VisitState.class, "visits.state.");
        direction = filters.constants(
                DIRECTION,
                "visits.field.direction",
                "visits.filter.all-directions",
                VisitDirection.class,
                "visits.direction.");

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
        add(filters.layout(), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        show();
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
}
