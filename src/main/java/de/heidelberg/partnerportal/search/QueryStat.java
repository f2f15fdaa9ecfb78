package de.heidelberg.partnerportal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How often a query was searched and what it found last time; no user is recorded. Written by statements in {@link QueryStatRepository}. */
@Entity
@Table(name = "search_query_stat")
class QueryStat {

    @Id
    @Column(length = 500)
    private String query;

    @Column(nullable = false)
    private long searches;

    @Column(name = "last_hits", nullable = false)
    private long lastHits;

    @Column(name = "last_searched", nullable = false)
    private LocalDate lastSearched;

    protected QueryStat() {}

    String getQuery() {
        return query;
    }

    long getSearches() {
        return searches;
    }

    long getLastHits() {
        return lastHits;
    }

    LocalDate getLastSearched() {
        return lastSearched;
    }
}
