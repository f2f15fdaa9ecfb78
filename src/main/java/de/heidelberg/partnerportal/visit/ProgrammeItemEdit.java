package de.heidelberg.partnerportal.visit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One item of a visit's programme as the form holds it: when, where, what. */
public record ProgrammeItemEdit(
        @Nullable LocalDateTime startsAt,
        @Nullable String place,
        @Nullable String what) {

    public static final ProgrammeItemEdit EMPTY = new ProgrammeItemEdit(null, null, null);
}
