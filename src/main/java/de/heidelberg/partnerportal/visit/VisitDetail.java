package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the page of one visit shows, in the reader's language. */
public record VisitDetail(
        VisitSummary summary,
        LocalizedText purpose,
        List<VisitPersonView> people,
        List<ProgrammeItemEdit> programme,
        @Nullable String interpreter,
        @Nullable String press,
        @Nullable String goldenBookSigners,
        @Nullable String requestedBy,
        List<ContentLink> news,
        LocalizedText internalNote) {}
