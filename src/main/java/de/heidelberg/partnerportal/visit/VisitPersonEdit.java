package de.heidelberg.partnerportal.visit;

import org.jspecify.annotations.Nullable;

/**
 * A person of a visit as the form holds it: name, function (e.g. mayor), home city and country (ISO 3166
 * alpha-2), and the contact it is, where the portal has one.
 */
public record VisitPersonEdit(
        @Nullable String name,
        @Nullable String function,
        @Nullable String city,
        @Nullable String country,
        @Nullable Long contactId) {

    public static final VisitPersonEdit EMPTY = new VisitPersonEdit(null, null, null, null, null);

    public boolean isBlank() {
        return (name == null || name.isBlank())
                && (function == null || function.isBlank())
                && (city == null || city.isBlank());
    }
}
