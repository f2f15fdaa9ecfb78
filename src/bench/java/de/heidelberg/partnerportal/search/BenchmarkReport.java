package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.search.QueryTimer.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark's report in Markdown: to the console and to target/benchmark.md. */
final class BenchmarkReport {

    private BenchmarkReport() {}

    /** What the rebuild took, measured around {@link SearchIndexAdmin}'s mass indexer. */
    record Rebuild(long generated, long documents, double seconds, double cpuSeconds) {}

    /** The report when only the rebuild is measured ({@code -Dbench.queries=false}). */
    static String rebuildOnly(Rebuild rebuild, String rawIndexing) {
        return """
                # Search benchmark (rebuild only)

                Machine: %d cores, JDK %s. Items: %,d generated news items (+ the demo content), %,d index documents.

                | what | value |
                |---|---|
                | full rebuild (mass indexer, as /admin/search does it) | %.1f s, %,.0f items/s |
                | CPU time of the rebuild (all threads) | %.1f s, %.2f ms per item |
                """.formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.version"),
                                rebuild.generated(),
                                rebuild.documents(),
                                rebuild.seconds(),
                                rebuild.documents() / rebuild.seconds(),
                                rebuild.cpuSeconds(),
                                1000 * rebuild.cpuSeconds() / rebuild.documents())
                + "\n" + rawIndexing;
    }

    /** The full report: the rebuild, the three ways of querying, per query, and the bare Lucene floor. */
    static String full(
            Rebuild rebuild,
            Timing service,
            Timing page,
            Timing raw,
            List<String> queries,
            int warmup,
            int runs,
            int hits,
            String rawIndexing) {
        return """
                # Search benchmark

                Machine: %d cores, JDK %s. Items: %,d generated news items (+ the demo content) in de/en/fr, %,d index documents.

                | what | value |
                |---|---|
                | full rebuild (mass indexer, as /admin/search does it) | %.1f s, %,.0f items/s |
                | CPU time of the rebuild (all threads) | %.1f s, %.2f ms per item |
                | SearchService.search (REST API) p50 / p95 / p99 | %.2f / %.2f / %.2f ms |
                | SearchService.page (search page, with facets) p50 / p95 / p99 | %.2f / %.2f / %.2f ms |
                | raw Lucene, same query, p50 / p95 / p99 | %.2f / %.2f / %.2f ms |
                | SearchService.search ÷ raw Lucene at p95 | %.1f× |

                %d queries (%s), %d warm-up runs, %d measured runs each way, taken in turns, top %d hits. The raw query is the
                service's query written by hand: every word on title and text in all three languages and the
                internal notes, and only when that finds nothing every word with one typo on the same fields; published
                items out of the trash within their publishing period only; stored fields read and one snippet
                highlighted per hit (fast vector highlighter).
                """.formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.version"),
                                rebuild.generated(),
                                rebuild.documents(),
                                rebuild.seconds(),
                                rebuild.documents() / rebuild.seconds(),
                                rebuild.cpuSeconds(),
                                1000 * rebuild.cpuSeconds() / rebuild.documents(),
                                ms(service.all(), 50),
                                ms(service.all(), 95),
                                ms(service.all(), 99),
                                ms(page.all(), 50),
                                ms(page.all(), 95),
                                ms(page.all(), 99),
                                ms(raw.all(), 50),
                                ms(raw.all(), 95),
                                ms(raw.all(), 99),
                                (double) percentile(service.all(), 95) / percentile(raw.all(), 95),
                                queries.size(),
                                String.join(", ", queries),
                                warmup,
                                runs,
                                hits)
                + "\n" + perQuery(service, raw) + "\n" + rawIndexing;
    }

    /** Prints the report and writes it to target/benchmark.md. */
    static void write(String report) throws IOException {
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.md"), report);
    }

    private static String perQuery(Timing service, Timing raw) {
        StringBuilder table =
                new StringBuilder("| query | service p50 / p95 | raw Lucene p50 / p95 |\n|---|---|---|\n");
        service.byQuery()
                .forEach((query, times) -> table.append("| %s | %.1f / %.1f ms | %.1f / %.1f ms |\n"
                        .formatted(
                                query,
                                ms(times, 50),
                                ms(times, 95),
                                ms(raw.byQuery().get(query), 50),
                                ms(raw.byQuery().get(query), 95))));
        return table.toString();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long[] sorted, int percent) {
        return percentile(sorted, percent) / 1e6;
    }
}
