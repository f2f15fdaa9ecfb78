package de.heidelberg.partnerportal.city;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An agreement document as the city page lists it: its name, size, who uploaded it when and, once removed, who
 * removed it when; no bytes.
 */
public record CityDocumentInfo(
        Long id,
        String fileName,
        int byteSize,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant removedAt,
        @Nullable String removedBy) {}
