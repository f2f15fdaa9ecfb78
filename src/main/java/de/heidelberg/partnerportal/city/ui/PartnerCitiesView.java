package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.RelationCounts;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Predicate;

/**
 * All partner cities as cards; friendly relations and former relations in their own groups; the signpost
 * with the distances to the partner cities.
 */
@Route("partner-cities")
@RolesAllowed({"STAFF", "PARTNER"})
@Menu(title = "nav.cities", order = 10, icon = "vaadin:globe")
public class PartnerCitiesView extends ContentPage {

    public PartnerCitiesView(CityService cities, Readers readers) {
        super(ContentType.PARTNER_CITY, "nav.cities");
        Reader reader = readers.current(getLocale());
        List<CitySummary> all = cities.findAll(reader);
        add(new H1(getTranslation("nav.cities")), counts(cities.counts(reader)));
        addEditAction(EditChecks.NEW, "cities.new");
        group(
                "cities.group.partnerships",
                all,
                c -> c.relation() == RelationType.PARTNERSHIP && c.status() != RelationStatus.FORMER);
        group(
                "cities.group.friendships",
                all,
                c -> c.relation() == RelationType.FRIENDSHIP && c.status() != RelationStatus.FORMER);
        group("cities.group.former", all, c -> c.status() == RelationStatus.FORMER);
        List<CitySummary> partners = all.stream()
                .filter(c -> c.relation() == RelationType.PARTNERSHIP && c.status() != RelationStatus.FORMER)
                .toList();
        if (!partners.isEmpty()) {
            add(new Signpost(partners));
        }
    }

    private Paragraph counts(RelationCounts counts) {
        Paragraph summary = new Paragraph(getTranslation(
                "cities.counts",
                counts.activePartnerships(),
                counts.dormantPartnerships(),
                counts.friendlyRelations()));
        summary.addClassName("lead");
        return summary;
    }

    private void group(String titleKey, List<CitySummary> all, Predicate<CitySummary> belongs) {
        List<CitySummary> members = all.stream().filter(belongs).toList();
        if (members.isEmpty()) {
            return;
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        members.forEach(city -> cards.add(card(city)));
        add(new Section(new H2(getTranslation(titleKey)), cards));
    }

    private Div card(CitySummary city) {
        Div card = new Div();
        card.addClassNames("card", "city-card");
        Anchor name =
                ContentText.into(new Anchor(ContentType.PARTNER_CITY.path() + "/" + city.slug(), ""), city.name());
        name.addClassName("card-title");
        Span country = new Span(city.country());
        country.addClassName("country");
        Div meta = new Div();
        meta.addClassName("card-meta");
        String since = CityLabels.since(this, city.since());
        if (!since.isEmpty()) {
            meta.add(new Span(since));
        }
        meta.add(new Span(CityLabels.distance(this, city.distanceKm())));
        card.add(name, country, meta);
        if (city.status() != RelationStatus.ACTIVE) {
            card.add(CityLabels.statusBadge(this, city.status()));
        }
        return card;
    }
}
