package de.heidelberg.partnerportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Times several ways of running the same queries side by side, after a warm-up. */
final class QueryTimer {

    private QueryTimer() {}

    /** One way of running a query; returns the number of hits. */
    interface Run {
        int apply(String query) throws Exception;
    }

    /** Every run's time, sorted, and each query's times (sorted) to see which ones are slow. */
    record Timing(long[] all, Map<String, long[]> byQuery) {}

    /**
     * Times the runs side by side: each query goes through every run in turn (the order turning with each
     * query), so that a busy moment of a shared machine falls on all of them alike and their ratio holds.
     * {@code warmup} unmeasured and {@code measured} measured rounds, the queries taken in turn.
     */
    static List<Timing> time(List<Run> runs, List<String> queries, int warmup, int measured) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Run run : runs) {
                run.apply(queries.get(i % queries.size()));
            }
        }
        List<long[]> nanos = new ArrayList<>();
        List<Map<String, long[]>> byQuery = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            nanos.add(new long[measured]);
            Map<String, long[]> perQuery = new LinkedHashMap<>();
            queries.forEach(query -> perQuery.put(query, new long[measured / queries.size()]));
            byQuery.add(perQuery);
        }
        for (int i = 0; i < measured; i++) {
            String query = queries.get(i % queries.size());
            for (int turn = 0; turn < runs.size(); turn++) {
                int r = (i + turn) % runs.size();
                long start = System.nanoTime();
                runs.get(r).apply(query);
                long took = System.nanoTime() - start;
                nanos.get(r)[i] = took;
                byQuery.get(r).get(query)[i / queries.size()] = took;
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Arrays.sort(nanos.get(r));
            byQuery.get(r).values().forEach(Arrays::sort);
            timings.add(new Timing(nanos.get(r), byQuery.get(r)));
        }
        return timings;
    }
}
