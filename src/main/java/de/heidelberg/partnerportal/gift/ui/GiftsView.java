package de.heidelberg.partnerportal.gift.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import de.heidelberg.partnerportal.gift.GiftDirection;
import de.heidelberg.partnerportal.gift.GiftFilter;
import de.heidelberg.partnerportal.gift.GiftList;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.gift.GiftSummary;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.AddressFilters;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

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
    private final AddressFilters filters = new AddressFilters(this, GiftsView.class);
    private final Select<ContentLink> city;
    private final Select<GiftDirection> direction;
    private final Div results = new Div();

    public GiftsView(GiftService gifts, ContentLinks links, Readers readers) {
        super(GiftService.TYPE, "nav.gifts");
        this.gifts = gifts;
        this.reader = readers.current(getLocale());
        city = filters.links(
                CITY, "visits.filter.city", "visits.filter.all-cities", links.all(ContentType.PARTNER_CITY, reader));
        direction = filters.constants(
                DIRECTION, "gifts.field.direction", "gifts.filter.all", GiftDirection.class, "gifts.direction.");
        add(new H1(getTranslation("nav.gifts")));
        addEditAction(EditChecks.NEW, "gifts.new");
        add(filters.layout(), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        show();
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
