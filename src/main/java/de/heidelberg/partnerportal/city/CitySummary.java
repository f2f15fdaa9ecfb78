package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.i18n.LocalizedText;

/**
 * A city as the overview lists it, in the reader's language; its distance and direction (initial
 * great-circle bearing, degrees clockwise from north) from the home city.
 */
public record CitySummary(
        Long id,
        String slug,
        LocalizedText name,
        String countryCode,
        String country,
        RelationType relation,
        RelationStatus status,
        Since since,
        long distanceKm,
        double bearing) {

    public CompassPoint direction() {
        return CompassPoint.of(bearing);
    }
}
