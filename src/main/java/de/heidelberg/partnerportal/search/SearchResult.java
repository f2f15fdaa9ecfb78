package de.heidelberg.partnerportal.search;

import java.util.List;

/** What a query found: how many items in all, and the best ones first. */
public record SearchResult(String query, long total, List<SearchHit> hits) {

    public static SearchResult empty(String query) {
        return new SearchResult(query, 0, List.of());
    }
}
