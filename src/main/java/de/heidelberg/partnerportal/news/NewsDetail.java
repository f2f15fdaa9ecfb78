package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A whole news item; {@code internalNote} is empty for partner-city readers. */
public record NewsDetail(
        NewsSummary summary,
        LocalizedText body,
        @Nullable Long imageId,
        LocalizedText imageCaption,
        LocalizedText imageAlt,
        List<ContentLink> cities,
        List<ContentLink> networks,
        LocalizedText internalNote) {}
