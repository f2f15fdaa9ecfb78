package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.city.CityDetail;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.PartnershipRecordService;
import de.heidelberg.partnerportal.contact.ContactCard;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsList;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.ui.page.Facts;
import de.heidelberg.partnerportal.visit.VisitFilter;
import de.heidelberg.partnerportal.visit.VisitList;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One partner city or friendly relation: facts, description, focus areas, contacts, news; for city staff
 * also the office's record of the partnership (never for partner-city colleagues).
 */
@Route("partner-cities")
@RolesAllowed({"STAFF", "PARTNER"})
public class PartnerCityView extends ContentPage implements HasUrlParameter<String> {

    private static final int RELATED_NEWS = 5;

    private final CityService cities;
    private final ContactService contacts;
    private final NewsService news;
    private final Readers readers;
    private final PartnershipRecordService records;
    private final VisitService visits;
    private final Clock clock;
    private @Nullable PartnershipRecordSection record;

    public PartnerCityView(
            CityService cities,
            ContactService contacts,
            NewsService news,
            Readers readers,
            PartnershipRecordService records,
            VisitService visits,
            Clock clock) {
        super(ContentType.PARTNER_CITY, "nav.cities");
        this.cities = cities;
        this.contacts = contacts;
        this.news = news;
        this.readers = readers;
        this.records = records;
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        Reader reader = readers.current(getLocale());
        CityDetail city = cities.findBySlug(slug, reader).orElseThrow(NotFoundException::new);
        CitySummary summary = city.summary();
        setPageHeading(summary.name().text());
        removeAll();
        add(ContentText.into(new H1(), summary.name()));
        addEditAction(slug, "action.edit");
        add(facts(city));
        addInternalNote(city.internalNote());
        record = null;
        if (reader.seesInternal()) {
            showRecord(slug, reader);
        }
        add(ContentText.block(city.description()));
        if (!city.focusAreas().isEmpty()) {
            add(focusAreas(city.focusAreas()));
        }
        addIfPresent(
                ContactCard.section(getTranslation("content.contacts"), contacts.findByIds(city.contactIds(), reader)));
        addIfPresent(NewsList.section(
                getTranslation("content.news"),
                news.latest(new NewsFilter(summary.id(), null, null), reader, RELATED_NEWS)));
        if (reader.seesInternal()) {
            add(visits(summary, reader));
        }
    }

    /** For city staff: the city's coming and past visits, from the visits register. */
    private Section visits(CitySummary city, Reader reader) {
        Section section = new Section(new H2(getTranslation("cities.visits")));
        section.addClassName("city-visits");
        LocalDate today = LocalDate.now(clock.withZone(LocalizedFormats.ZONE));
        List<VisitSummary> all = visits.find(new VisitFilter(city.id(), null, null, null, null), reader);
        List<VisitSummary> coming = all.stream()
                .filter(visit -> !visit.endDate().isBefore(today))
                .sorted(Comparator.comparing(VisitSummary::startDate))
                .toList();
        List<VisitSummary> past =
                all.stream().filter(visit -> visit.endDate().isBefore(today)).toList();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("cities.visits.none"));
            none.addClassName("empty-state");
            section.add(none);
        }
        if (!coming.isEmpty()) {
            section.add(new H3(getTranslation("cities.visits.coming")), VisitList.of(coming, this, getLocale()));
        }
        if (!past.isEmpty()) {
            section.add(new H3(getTranslation("cities.visits.past")), VisitList.of(past, this, getLocale()));
        }
        section.add(new Anchor(
                VisitService.TYPE.path() + "?city=" + city.slug(), getTranslation("cities.visits.register")));
        return section;
    }

    /** The office's record, in place of the one shown (after an upload or removal). */
    private void showRecord(String slug, Reader reader) {
        records.find(slug, reader).ifPresent(found -> {
            PartnershipRecordSection fresh = new PartnershipRecordSection(
                    found, records, CurrentUser.isEditor(), () -> showRecord(slug, reader));
            if (record == null) {
                add(fresh);
            } else {
                replace(record, fresh);
            }
            record = fresh;
        });
    }

    private Facts facts(CityDetail city) {
        CitySummary summary = city.summary();
        Facts facts = new Facts()
                .add(getTranslation("cities.country"), summary.country())
                .add(getTranslation("cities.region"), city.region().text())
                .add(
                        getTranslation("cities.relation"),
                        getTranslation("cities.relation." + summary.relation().name()))
                .add(getTranslation("cities.status"), CityLabels.statusBadge(this, summary.status()));
        String since = CityLabels.when(this, summary.since());
        if (!since.isEmpty()) {
            String note =
                    city.sinceNote().isEmpty() ? "" : " (" + city.sinceNote().text() + ")";
            facts.add(getTranslation("cities.since.label"), since + note);
        }
        facts.add(getTranslation("cities.distance.label"), CityLabels.distance(this, summary.distanceKm()));
        return facts;
    }

    private Section focusAreas(List<CityDetail.FocusAreaView> areas) {
        Section section = new Section(new H2(getTranslation("cities.focus")));
        section.addClassName("focus-areas");
        for (CityDetail.FocusAreaView area : areas) {
            UnorderedList items = new UnorderedList();
            area.items().forEach(item -> items.add(ContentText.into(new ListItem(), item)));
            section.add(ContentText.into(new H3(), area.title()), items);
        }
        return section;
    }
}
