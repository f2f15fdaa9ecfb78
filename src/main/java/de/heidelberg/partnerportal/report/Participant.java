package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.visit.VisitSummary;
import org.jspecify.annotations.Nullable;

/**
 * A named person of a counted visit, as funding programmes ask for participant lists.
 *
 * @param town the person's own city as recorded, null when not recorded
 * @param country the country's name in the reader's language, null when not recorded
 */
public record Participant(
        @Nullable String town,
        String name,
        @Nullable String function,
        @Nullable String country,
        VisitSummary visit) {}
