package de.heidelberg.partnerportal.news;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A news item to create; {@code date} may be unknown, then {@code year} says when. */
public record NewNews(
        String slug,
        @Nullable LocalDate date,
        int year,
        Map<String, String> title,
        Map<String, String> teaser,
        Map<String, String> body,
        @Nullable Map<String, String> imageCaption,
        @Nullable Map<String, String> imageAlt,
        Set<Long> cityIds,
        Set<Long> networkIds,
        boolean published) {}
