package de.heidelberg.partnerportal.gift.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import de.heidelberg.partnerportal.gift.GiftDirection;
import de.heidelberg.partnerportal.gift.GiftFilter;
import de.heidelberg.partnerportal.gift.GiftList;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.gift.GiftSummary;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.ui.page.FilterChoice;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gifts the city gave and received, the latest first, for city staff; filters by partner city and direction
 * live in the address ({@code /gifts?city=montpellier&direction=GIVEN}).
 */
@Route("gifts")
@RolesAllowed(Role.Names.STAFF)
@Menu(title = "nav.gifts", order = 56, icon = "vaadin:gift")
public class GiftsView extends ContentPage implements BeforeEnterObserver {

    static final String CITY = "city";
    static final String DIRECTION = "direction";

    private final GiftService gifts;
    private final Reader reader;
    private final List<ContentLink> cities;
    private final Select<ContentLink> city = new Select<>();
    private final Select<GiftDirection> direction = new Select<>();
    private final Div results = new Div();
    private boolean updatingFromAddress;

    public GiftsView(GiftService gifts, ContentLinks links, Readers readers) {
        super(GiftService.TYPE, "nav.gifts");
        this.gifts = gifts;
        this.reader = readers.current(getLocale());
        this.cities = links.all(ContentType.PARTNER_CITY, reader);
        FilterChoice.of(
                city,
                this,
                "visits.filter.city",
                "visits.filter.all-cities",
                cities,
                link -> link.title().text(),
                this::filterChanged);
        FilterChoice.of(
                direction,
                this,
                "gifts.field.direction",
                "gifts.filter.all",
                Arrays.asList(GiftDirection.values()),
                value -> getTranslation("gifts.direction." + value.name()),
                this::filterChanged);
        HorizontalLayout filters = new HorizontalLayout(city, direction);
        filters.addClassName("filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("nav.gifts")));
        addEditAction(EditChecks.NEW, "gifts.new");
        add(filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        updatingFromAddress = true;
        city.setValue(query.getSingleParameter(CITY)
                .flatMap(slug ->
                        cities.stream().filter(c -> c.slug().equals(slug)).findFirst())
                .orElse(null));
        direction.setValue(query.getSingleParameter(DIRECTION)
                .flatMap(value -> Arrays.stream(GiftDirection.values())
                        .filter(known -> known.name().equals(value))
                        .findFirst())
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
        if (direction.getValue() != null) {
            parameters.put(DIRECTION, direction.getValue().name());
        }
        getUI().ifPresent(ui -> ui.navigate(GiftsView.class, QueryParameters.simple(parameters)));
    }

    private void show() {
        List<GiftSummary> found = gifts.find(
                new GiftFilter(city.getValue() == null ? null : city.getValue().id(), direction.getValue(), null),
                reader);
        results.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("gifts.none"));
            empty.addClassName("empty-state");
            results.add(empty);
        } else {
            results.add(GiftList.of(found, this, getLocale()));
        }
    }
}
