package de.heidelberg.partnerportal.programme;

import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A programme as one reader gets it; {@code internalNote} is empty for partner-city readers. */
public record ProgrammeView(
        Long id,
        String slug,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText body,
        @Nullable Integer sinceYear,
        List<Long> contactIds,
        List<ContentLink> cities,
        LocalizedText internalNote) {}
