package de.heidelberg.partnerportal.report;

import org.jspecify.annotations.Nullable;

/**
 * Participants from one country: the named people, and the rest of the groups counted there.
 *
 * @param code ISO 3166 alpha-2, null for "unknown"
 * @param name the country's name in the reader's language
 */
public record CountryCount(@Nullable String code, String name, int named, int others) {

    public int total() {
        return named + others;
    }
}
