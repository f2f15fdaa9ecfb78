package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.gift.GiftList;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.ui.page.Facts;
import de.heidelberg.partnerportal.visit.ProgrammeItemEdit;
import de.heidelberg.partnerportal.visit.VisitDetail;
import de.heidelberg.partnerportal.visit.VisitList;
import de.heidelberg.partnerportal.visit.VisitPersonView;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One visit for city staff: when, who, where, why, the programme, interpreter and press, the Golden Book entry, the
 * gifts given and received at it, the news about it and the internal note.
 */
@Route("visits")
@RolesAllowed(Role.Names.STAFF)
public class VisitPageView extends ContentPage implements HasUrlParameter<String> {

    private final VisitService visits;
    private final GiftService gifts;
    private final Readers readers;

    public VisitPageView(VisitService visits, GiftService gifts, Readers readers) {
        super(VisitService.TYPE, "nav.visits");
        this.visits = visits;
        this.gifts = gifts;
        this.readers = readers;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        Reader reader = readers.current(getLocale());
        VisitDetail visit = visits.findBySlug(slug, reader).orElseThrow(NotFoundException::new);
        VisitSummary summary = visit.summary();
        setPageHeading(summary.title().text());
        removeAll();
        addClassName("visit-page");
        Span dates = new Span(VisitList.dates(summary.startDate(), summary.endDate(), this, getLocale()));
        dates.addClassName("visit-dates");
        add(dates, ContentText.into(new H1(), summary.title()));
        addEditAction(slug, "action.edit");
        if (!visit.purpose().isEmpty()) {
            Paragraph purpose = ContentText.into(new Paragraph(), visit.purpose());
            purpose.addClassName("lead");
            add(purpose);
        }
        Facts facts = new Facts()
                .add(
                        getTranslation("visits.field.kind"),
                        getTranslation("visits.kind." + summary.kind().name()))
                .add(
                        getTranslation("visits.field.direction"),
                        getTranslation("visits.direction." + summary.direction().name()))
                .add(
                        getTranslation("visits.field.state"),
                        getTranslation("visits.state." + summary.state().name()));
        if (summary.city() != null) {
            facts.add(
                    getTranslation("visits.field.city"),
                    ContentText.into(
                            new Anchor(summary.city().url(), ""), summary.city().title()));
        }
        if (summary.network() != null) {
            facts.add(
                    getTranslation("visits.field.network"),
                    ContentText.into(
                            new Anchor(summary.network().url(), ""),
                            summary.network().title()));
        }
        facts.add(getTranslation("visits.field.place"), summary.place())
                .add(
                        getTranslation("visits.field.participants"),
                        summary.participants() > 0 ? String.valueOf(summary.participants()) : null)
                .add(getTranslation("visits.field.interpreter"), visit.interpreter())
                .add(getTranslation("visits.field.press"), visit.press())
                .add(getTranslation("visits.field.requested-by"), visit.requestedBy())
                .add(
                        getTranslation("visits.field.deadline"),
                        summary.deadline() == null ? null : date(summary.deadline()));
        add(facts);
        addInternalNote(visit.internalNote());
        if (!visit.people().isEmpty()) {
            add(new Section(new H2(getTranslation("visits.field.people")), people(visit.people())));
        }
        if (!visit.programme().isEmpty()) {
            add(new Section(new H2(getTranslation("visits.field.programme")), programme(visit.programme())));
        }
        if (summary.goldenBookDate() != null) {
            Paragraph entry = new Paragraph(getTranslation(
                    "visits.golden-book.entry", date(summary.goldenBookDate()), visit.goldenBookSigners()));
            entry.addClassName("golden-book-entry");
            add(new Section(new H2(getTranslation("nav.golden-book")), entry));
        }
        Section giftSection = new Section(new H2(getTranslation("visits.gifts")));
        var atVisit = gifts.atVisit(summary.id(), reader);
        if (atVisit.isEmpty()) {
            giftSection.add(new Paragraph(getTranslation("visits.gifts.none")));
        } else {
            giftSection.add(GiftList.of(atVisit, this, getLocale()));
        }
        if (CurrentUser.isEditor()) {
            Anchor newGift = new Anchor(GiftService.TYPE.editPath(EditChecks.NEW), getTranslation("gifts.new"));
            newGift.addClassName("edit-action");
            giftSection.add(newGift);
        }
        add(giftSection);
        if (summary.state().isOpen()) {
            // still to plan: what was given before to this city and these people, so that nothing is given twice
            var before = gifts.givenBefore(
                    summary.city() == null ? null : summary.city().id(),
                    visit.people().stream().map(VisitPersonView::name).toList(),
                    reader);
            if (!before.isEmpty()) {
                Section given = new Section(
                        new H2(getTranslation("visits.gifts.before")), GiftList.of(before, this, getLocale()));
                given.addClassName("gifts-given-before");
                add(given);
            }
        }
        addIfPresent(linkSection(getTranslation("visits.field.news"), visit.news()));
    }

    private String date(LocalDate date) {
        return LocalizedFormats.date(date, getTranslation("format.date"), getLocale());
    }

    private OrderedList people(List<VisitPersonView> people) {
        OrderedList list = new OrderedList();
        list.addClassName("visit-people");
        for (VisitPersonView person : people) {
            ListItem item = new ListItem();
            if (person.contact() != null) {
                item.add(new Anchor(person.contact().url(), person.name()));
            } else {
                item.add(new Span(person.name()));
            }
            String about = Stream.of(person.function(), person.city(), Countries.name(person.country(), getLocale()))
                    .filter(value -> value != null && !value.isBlank())
                    .collect(Collectors.joining(", "));
            if (!about.isEmpty()) {
                Span detail = new Span(" – " + about);
                detail.addClassName("card-meta");
                item.add(detail);
            }
            list.add(item);
        }
        return list;
    }

    private OrderedList programme(List<ProgrammeItemEdit> items) {
        OrderedList list = new OrderedList();
        list.addClassName("visit-programme");
        for (ProgrammeItemEdit item : items) {
            String when = item.startsAt() == null
                    ? ""
                    : LocalizedFormats.date(item.startsAt(), getTranslation("format.dateTime"), getLocale());
            Span time = new Span(when);
            time.addClassName("programme-time");
            ListItem row = new ListItem(time, new Span(" " + item.what()));
            if (item.place() != null) {
                Span place = new Span(" (" + item.place() + ")");
                place.addClassName("card-meta");
                row.add(place);
            }
            list.add(row);
        }
        return list;
    }
}
