package de.heidelberg.partnerportal.visit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Visits as a list: dates, title (a link to the visit), partner city or network and place, direction, state and
 * the number of people. Used by the register, the start page and a city's page.
 */
public final class VisitList {

    private VisitList() {}

    public static UnorderedList of(List<VisitSummary> visits, Component context, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("visit-list");
        visits.forEach(visit -> list.add(row(visit, context, locale)));
        return list;
    }

    private static ListItem row(VisitSummary visit, Component context, Locale locale) {
        Span dates = new Span(dates(visit.startDate(), visit.endDate(), context, locale));
        dates.addClassName("visit-dates");
        Anchor title = ContentText.into(new Anchor(visit.url(), ""), visit.title());
        title.addClassName("visit-title");
        Div meta = new Div();
        meta.addClassName("card-meta");
        meta.add(badge("visits.direction." + visit.direction().name(), "visit-direction", context));
        meta.add(
                badge("visits.state." + visit.state().name(), "visit-state visit-state-" + stateClass(visit), context));
        String where = visit.city() != null
                ? visit.city().title().text()
                : visit.network() != null ? visit.network().title().text() : visit.place();
        if (where != null && !where.isBlank()) {
            meta.add(new Span(where));
        }
        if (visit.participants() > 0) {
            meta.add(new Span(context.getTranslation("visits.people-count", visit.participants())));
        }
        if (visit.deadline() != null && visit.state().isOpen()) {
            Span deadline = new Span(context.getTranslation(
                    "visits.deadline-on",
                    LocalizedFormats.date(visit.deadline(), context.getTranslation("format.date"), locale)));
            deadline.addClassName("visit-deadline");
            meta.add(deadline);
        }
        if (visit.goldenBookDate() != null) {
            meta.add(badge("visits.golden-book", "visit-golden-book", context));
        }
        ListItem item = new ListItem(dates, title, meta);
        item.addClassName("visit-row");
        return item;
    }

    private static String stateClass(VisitSummary visit) {
        return visit.state().name().toLowerCase(Locale.ROOT);
    }

    private static Span badge(String key, String classNames, Component context) {
        Span badge = new Span(context.getTranslation(key));
        badge.addClassNames(classNames.split(" "));
        badge.addClassName("badge");
        return badge;
    }

    /** "01.10.2021 – 04.10.2021", or one date for a day's visit. */
    public static String dates(LocalDate start, LocalDate end, Component context, Locale locale) {
        String pattern = context.getTranslation("format.date");
        String first = LocalizedFormats.date(start, pattern, locale);
        return end.equals(start) ? first : first + " – " + LocalizedFormats.date(end, pattern, locale);
    }
}
