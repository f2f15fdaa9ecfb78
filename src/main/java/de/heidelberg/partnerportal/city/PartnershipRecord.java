package de.heidelberg.partnerportal.city;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The office's own record of a partnership, for city staff only: the council decision, the agreement
 * documents (and those removed, to be restored) and the status history (oldest first). The signing date is the relation's start
 * ({@link CitySummary#since()}).
 */
public record PartnershipRecord(
        String slug,
        @Nullable LocalDate councilDecisionDate,
        String councilDecisionReference,
        List<CityDocumentInfo> documents,
        List<CityDocumentInfo> removedDocuments,
        List<StatusEntry> statusHistory) {

    /** One change of status: from when it applies (when known), the note, who recorded it and when. */
    public record StatusEntry(
            RelationStatus status, @Nullable LocalDate validFrom, String note, String changedBy, Instant changedAt) {}

    public boolean hasCouncilDecision() {
        return councilDecisionDate != null || !councilDecisionReference.isBlank();
    }
}
