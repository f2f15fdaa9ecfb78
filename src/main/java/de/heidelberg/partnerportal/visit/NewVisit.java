package de.heidelberg.partnerportal.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A visit to create from the demo content; translated fields as text per language. */
public record NewVisit(
        String slug,
        Map<String, String> title,
        @Nullable Map<String, String> purpose,
        VisitKind kind,
        VisitDirection direction,
        VisitState state,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String place,
        @Nullable Long cityId,
        @Nullable Long networkId,
        List<VisitPersonEdit> people,
        @Nullable LocalDate goldenBookDate,
        @Nullable String goldenBookSigners,
        Set<Long> newsIds) {}
