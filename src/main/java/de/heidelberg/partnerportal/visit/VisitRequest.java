package de.heidelberg.partnerportal.visit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit asked for by a partner city, a network or a colleague, with what the protocol needs to decide and plan
 * it: who asks, who comes (or goes), when, why, how many, the wishes for the programme, an interpreter, the press,
 * an entry in the Golden Book, and by when an answer is needed.
 */
public record VisitRequest(
        String title,
        VisitKind kind,
        VisitDirection direction,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable Long cityId,
        @Nullable Long networkId,
        @Nullable String place,
        @Nullable Integer participantCount,
        List<VisitPersonEdit> people,
        String purpose,
        @Nullable String programmeWishes,
        boolean interpreterNeeded,
        boolean pressWished,
        boolean goldenBookWished,
        String requestedBy,
        @Nullable LocalDate answerBy) {}
