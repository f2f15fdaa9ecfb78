package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A visit as lists show it, in the reader's language: {@code participants} counts the named people, or the
 * group's size when that is larger.
 */
public record VisitSummary(
        Long id,
        String slug,
        LocalizedText title,
        VisitKind kind,
        VisitDirection direction,
        VisitState state,
        LocalDate startDate,
        LocalDate endDate,
        @Nullable String place,
        @Nullable ContentLink city,
        @Nullable ContentLink network,
        int participants,
        @Nullable LocalDate goldenBookDate,
        @Nullable LocalDate deadline) {

    public String url() {
        return VisitService.TYPE.path() + "/" + slug;
    }
}
