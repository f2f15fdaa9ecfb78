package de.heidelberg.partnerportal.city;

import java.time.Instant;

/** An agreement document as the city page lists it: its name, size and who uploaded it when; no bytes. */
public record CityDocumentInfo(Long id, String fileName, int byteSize, Instant uploadedAt, String uploadedBy) {}
