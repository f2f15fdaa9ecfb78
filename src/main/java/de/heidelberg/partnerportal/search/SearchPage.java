package de.heidelberg.partnerportal.search;

import java.util.Map;

/**
 * One page of results with facet counts. The counts come from the same permission-filtered query
 * as the hits, so they never reveal items the reader may not see. {@code similarSpellings}: nothing
 * matched as typed, these hits forgive a typo per word.
 */
public record SearchPage(
        SearchResult result,
        Map<String, Long> types,
        Map<Integer, Long> years,
        Map<String, Long> countries,
        boolean similarSpellings) {}
