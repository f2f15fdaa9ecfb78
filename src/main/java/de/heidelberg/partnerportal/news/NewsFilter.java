package de.heidelberg.partnerportal.news;

import org.jspecify.annotations.Nullable;

/** Which news to list: all, or about one city, or of one year. Nulls mean "any". */
public record NewsFilter(
        @Nullable Long cityId,
        @Nullable Long networkId,
        @Nullable Integer year) {

    public static final NewsFilter ALL = new NewsFilter(null, null, null);
}
