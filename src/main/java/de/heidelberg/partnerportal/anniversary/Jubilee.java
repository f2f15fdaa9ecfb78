package de.heidelberg.partnerportal.anniversary;

import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A round anniversary of a relation: the city, how many years, in which year and, when the relation's
 * day is known, on which date.
 */
public record Jubilee(
        String slug,
        LocalizedText cityName,
        RelationType relation,
        int years,
        int year,
        @Nullable LocalDate date) {

    /** Whether the exact day is known (else only the year). */
    public boolean exactDay() {
        return date != null;
    }

    /** The city's page. */
    public String cityPath() {
        return ContentType.PARTNER_CITY.path() + "/" + slug;
    }
}
