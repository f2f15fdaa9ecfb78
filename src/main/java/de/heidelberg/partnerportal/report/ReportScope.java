package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.content.ContentLink;
import org.jspecify.annotations.Nullable;

/** What a report covers: a year, and all partner cities, or one city, or one network. */
public record ReportScope(
        int year, @Nullable ContentLink city, @Nullable ContentLink network) {

    /** The city's or network's slug, for file names and addresses; null for all. */
    public @Nullable String slug() {
        return city != null ? city.slug() : network != null ? network.slug() : null;
    }

    /** The city's or network's name in the reader's language; null for all. */
    public @Nullable String name() {
        return city != null
                ? city.title().text()
                : network != null ? network.title().text() : null;
    }
}
