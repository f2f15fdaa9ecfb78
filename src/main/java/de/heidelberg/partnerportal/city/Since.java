package de.heidelberg.partnerportal.city;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When a relation began: a day when known, else only the year; both empty when unknown. */
public record Since(@Nullable Integer year, @Nullable LocalDate date) {

    public static final Since UNKNOWN = new Since(null, null);

    /** Parses "1961" or "2017-09-28"; null or blank is unknown. */
    public static Since parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = value.trim();
        if (trimmed.length() == 4) {
            return new Since(Integer.parseInt(trimmed), null);
        }
        LocalDate date = LocalDate.parse(trimmed);
        return new Since(date.getYear(), date);
    }

    public boolean isKnown() {
        return year != null;
    }
}
