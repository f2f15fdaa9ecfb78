package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.Since;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;

/** How the city pages write a relation's status, start and distance. */
final class CityLabels {

    private CityLabels() {}

    static Span statusBadge(Component context, RelationStatus status) {
        Span badge = new Span(context.getTranslation("cities.status." + status.name()));
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    /** "since 1961" or "since 28.09.2017"; empty when unknown. */
    static String since(Component context, Since since) {
        return since.isKnown() ? context.getTranslation("cities.since", when(context, since)) : "";
    }

    /** "1961" or "28.09.2017"; empty when unknown. */
    static String when(Component context, Since since) {
        if (!since.isKnown()) {
            return "";
        }
        return since.date() != null
                ? LocalizedFormats.date(
                        since.date(),
                        context.getTranslation("format.date"),
                        UI.getCurrent().getLocale())
                : String.valueOf(since.year());
    }

    static String distance(Component context, long kilometres) {
        return context.getTranslation("cities.distance", kilometres);
    }
}
