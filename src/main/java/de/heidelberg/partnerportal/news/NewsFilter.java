package de.heidelberg.partnerportal.news;

/** Which news to list: all, or about one city, or of one year. Nulls mean "any". */
public record NewsFilter(Long cityId, Long networkId, Integer year) {

    public static final NewsFilter ALL = new NewsFilter(null, null, null);
}
