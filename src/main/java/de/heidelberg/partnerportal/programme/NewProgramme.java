package de.heidelberg.partnerportal.programme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A programme to create; translated fields as text per language. */
public record NewProgramme(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> body,
        @Nullable Integer sinceYear,
        List<Long> contactIds,
        Set<Long> cityIds) {}
