package de.heidelberg.partnerportal.report;

import org.jspecify.annotations.Nullable;

/**
 * A report as asked for in an address: the year as written, and a partner city's or a network's slug (or neither,
 * for all). Checked by {@link ReportService#report}.
 */
public record ReportRequest(
        @Nullable String year,
        @Nullable String city,
        @Nullable String network) {}
