package de.heidelberg.partnerportal.city;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A partner city or friendly relation to create; translated fields as text per language. A status note
 * (the office's, staff only) starts the status history; a dormant or suspended relation needs one.
 */
public record NewCity(
        String slug,
        Map<String, String> name,
        String country,
        Map<String, String> region,
        RelationType relation,
        RelationStatus status,
        Since since,
        Map<String, String> sinceNote,
        double latitude,
        double longitude,
        Map<String, String> description,
        List<Focus> focusAreas,
        List<Long> contactIds,
        @Nullable String statusNote) {

    /** A group of focus areas of cooperation with its items. */
    public record Focus(Map<String, String> title, List<Map<String, String>> items) {}
}
