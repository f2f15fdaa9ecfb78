package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentLink;
import org.jspecify.annotations.Nullable;

/** A person of a visit as pages and reports show them; {@code country} is an ISO 3166 alpha-2 code. */
public record VisitPersonView(
        String name,
        @Nullable String function,
        @Nullable String city,
        @Nullable String country,
        @Nullable ContentLink contact) {}
