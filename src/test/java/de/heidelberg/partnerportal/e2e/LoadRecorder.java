package de.heidelberg.partnerportal.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every answer's response time per action as the load test's virtual users saw it, and the answers that
 * failed their checks, kept in this JVM so that a benchmark can report percentiles over a window of
 * its choice (the hold after the ramp) next to what it measured on the server at the same time.
 */
final class LoadRecorder {

    /** One answer: when it arrived (epoch ms) and how long it took (ms). */
    record Sample(long at, long millis) {}

    private static final Map<String, List<Sample>> SAMPLES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> FAILURES = new ConcurrentHashMap<>();

    private LoadRecorder() {}

    static void record(String action, long millis) {
        List<Sample> samples = SAMPLES.computeIfAbsent(action, name -> new ArrayList<>());
        synchronized (samples) {
            samples.add(new Sample(System.currentTimeMillis(), millis));
        }
    }

    static void failed(String action) {
        FAILURES.computeIfAbsent(action, name -> new AtomicLong()).incrementAndGet();
    }

    static void reset() {
        SAMPLES.clear();
        FAILURES.clear();
    }

    /** The response times per action (sorted by name) of answers that arrived in [from, to). */
    static Map<String, long[]> between(long from, long to) {
        Map<String, long[]> result = new TreeMap<>();
        SAMPLES.forEach((action, samples) -> {
            synchronized (samples) {
                result.put(
                        action,
                        samples.stream()
                                .filter(sample -> sample.at() >= from && sample.at() < to)
                                .mapToLong(Sample::millis)
                                .sorted()
                                .toArray());
            }
        });
        return result;
    }

    static Map<String, Long> failures() {
        Map<String, Long> result = new TreeMap<>();
        FAILURES.forEach((action, count) -> result.put(action, count.get()));
        return result;
    }
}
