package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.util.List;

/** Everything the page of one city shows; {@code internalNote} is empty for partner-city readers. */
public record CityDetail(
        CitySummary summary,
        LocalizedText region,
        LocalizedText sinceNote,
        LocalizedText description,
        List<FocusAreaView> focusAreas,
        List<Long> contactIds,
        double latitude,
        double longitude,
        LocalizedText internalNote) {

    /** A group of focus areas with its items. */
    public record FocusAreaView(LocalizedText title, List<LocalizedText> items) {}
}
