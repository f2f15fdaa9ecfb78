package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A news item in a list: date (or year), title and teaser in the reader's language. */
public record NewsSummary(
        Long id, String slug, @Nullable LocalDate date, int year, LocalizedText title, LocalizedText teaser) {}
