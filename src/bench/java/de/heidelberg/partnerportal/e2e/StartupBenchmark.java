package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures the start (not a test: run with the bench profile after './mvnw -Pproduction package', see README
 * "Start-up"): the plain jar against the extracted jar with its AOT cache, each started as the README starts it,
 * in turns on the same data folder (made by one start before), each timed from the process start to the first
 * {"status":"UP"} of /actuator/health. Writes target/startup-benchmark.md.
 */
class StartupBenchmark {

    /** Starts of each kind. */
    private static final int STARTS = Integer.getInteger("bench.starts", 5);
    /** Also the extracted jar without the cache, to tell the layout's share from the cache's. */
    private static final boolean EXTRACTED = Boolean.getBoolean("bench.extracted");

    private static final Pattern STARTED = Pattern.compile(
            "Started PartnerPortalApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    record Variant(String name, String command, Path jar, List<String> jvmOptions) {}

    /**
     * Where a start spends its time, from the time stamps of the log: each phase ends with the first log line that
     * contains its marker (the first phase starts with the JVM, the last ends with health UP).
     */
    private static final List<String[]> PHASES = List.of(
            new String[] {
                "JVM until Spring Boot starts (JVM, AOT cache mapped, main class)", "Starting PartnerPortalApplication"
            },
            new String[] {
                "Spring: environment, logging, configuration classes, auto-configuration",
                "Bootstrapping Spring Data JPA repositories"
            },
            new String[] {"Spring Data repository scan, Tomcat made", "Tomcat initialized with port"},
            new String[] {"servlet context (Vaadin's initializer), security, data source", "HikariPool-1 - Starting"},
            new String[] {
                "database connection, Flyway, Hibernate ORM and Search, Lucene index opened",
                "Initialized JPA EntityManagerFactory"
            },
            new String[] {
                "repositories (Spring Data parses every @Query), services, views, security",
                "Global AuthenticationManager configured"
            },
            new String[] {
                "actuator, remaining beans, start-up checks (index layout, demo content present)", "Demo content ready"
            },
            new String[] {"Vaadin, web server started", "Started PartnerPortalApplication"},
            new String[] {"until /actuator/health answers UP", null});

    private static final Pattern TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+)Z");

    record Start(Variant variant, int round, Duration ready, Duration cpu, String springStarted, List<Double> phases) {}

    @Test
    void measure() throws Exception {
        Path fast = PortalProcess.fastDirectory();
        Path cache = fast.resolve("partnerportal.aot");
        assertThat(cache)
                .as("run './mvnw -Pproduction package' (on JDK 25+) first")
                .isRegularFile();
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("plain", "java -jar target/partnerportal.jar", PortalProcess.packagedJar(), List.of()),
                new Variant(
                        "cached",
                        "java -XX:AOTCache=target/fast/partnerportal.aot -jar target/fast/partnerportal.jar",
                        fast.resolve("partnerportal.jar"),
                        List.of("-XX:AOTCache=" + cache.toAbsolutePath()))));
        if (EXTRACTED) {
            variants.add(new Variant(
                    "extracted, no cache",
                    "java -jar target/fast/partnerportal.jar",
                    fast.resolve("partnerportal.jar"),
                    List.of()));
        }
        Path data = Path.of("target", "startup-benchmark", "data");
        deleteRecursively(data);
        Files.createDirectories(data);
        // the data folder is made (database migrated, demo content loaded, index built) by one start first
        Start first = start(variants.get(0), 0, data);

        List<Start> starts = new ArrayList<>();
        for (int round = 1; round <= STARTS; round++) {
            // in turns, the order reversed every round, so that a busy moment of the machine falls on all alike
            List<Variant> order = new ArrayList<>(variants);
            if (round % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            for (Variant variant : order) {
                Start start = start(variant, round, data);
                System.out.printf(
                        "round %d, %-20s ready after %5.1f s, %5.1f s CPU%n",
                        round, variant.name(), seconds(start.ready()), seconds(start.cpu()));
                starts.add(start);
            }
        }

        Map<Variant, List<Start>> byVariant = new LinkedHashMap<>();
        variants.forEach(v -> byVariant.put(v, new ArrayList<>()));
        starts.forEach(s -> byVariant.get(s.variant()).add(s));
        StringBuilder report = new StringBuilder();
        report.append("# Start-up benchmark\n\n")
                .append("%d cores, Java %s; %d starts of each kind in turns on the same data folder (%s);"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.version"),
                                STARTS,
                                data))
                .append(
                        " ready = the first {\"status\":\"UP\"} from /actuator/health, timed from the process start.\n\n")
                .append("| kind | command | ready, median | min – max | CPU until ready, median | ratio to plain |\n")
                .append("|---|---|---|---|---|---|\n");
        double plainMedian = median(byVariant.get(variants.get(0)), Start::ready);
        for (Map.Entry<Variant, List<Start>> entry : byVariant.entrySet()) {
            List<Start> runs = entry.getValue();
            double median = median(runs, Start::ready);
            report.append("| %s | `%s` | %.1f s | %.1f – %.1f s | %.1f s | %.2f× |\n"
                    .formatted(
                            entry.getKey().name(),
                            entry.getKey().command(),
                            median,
                            runs.stream()
                                    .mapToDouble(s -> seconds(s.ready()))
                                    .min()
                                    .orElseThrow(),
                            runs.stream()
                                    .mapToDouble(s -> seconds(s.ready()))
                                    .max()
                                    .orElseThrow(),
                            median(runs, Start::cpu),
                            median / plainMedian));
        }
        report.append("\nWhere the time goes (medians, seconds, from the time stamps of the log):\n\n| phase |");
        byVariant.keySet().forEach(v -> report.append(" ").append(v.name()).append(" |"));
        report.append("\n|---|");
        byVariant.keySet().forEach(v -> report.append("---|"));
        report.append("\n");
        for (int phase = 0; phase < PHASES.size(); phase++) {
            int index = phase;
            report.append("| ").append(PHASES.get(phase)[0]).append(" |");
            byVariant
                    .values()
                    .forEach(runs -> report.append(" %.2f |"
                            .formatted(medianOf(runs.stream()
                                    .map(run -> run.phases().get(index))
                                    .toList()))));
            report.append("\n");
        }
        report.append("\nFirst start, plain jar on the new data folder: ready after %.1f s (%.1f s CPU).\n\n"
                .formatted(seconds(first.ready()), seconds(first.cpu())));
        report.append("| round | kind | ready | CPU until ready | Spring's \"Started … in\" (process running for) |\n")
                .append("|---|---|---|---|---|\n");
        for (Start start : starts) {
            report.append("| %d | %s | %.1f s | %.1f s | %s |\n"
                    .formatted(
                            start.round(),
                            start.variant().name(),
                            seconds(start.ready()),
                            seconds(start.cpu()),
                            start.springStarted()));
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "startup-benchmark.md"), report);
    }

    private static Start start(Variant variant, int round, Path data) throws Exception {
        try (PortalProcess portal = PortalProcess.launch(variant.jar(), variant.jvmOptions(), data, Map.of())) {
            Duration ready = portal.awaitHealthy(Duration.ofMillis(20));
            Duration cpu = portal.cpuTime();
            String log = portal.log();
            Matcher started = STARTED.matcher(log);
            if (!started.find()) {
                throw new IllegalStateException("No 'Started' line in the log of a start that answered UP:\n" + log);
            }
            return new Start(
                    variant,
                    round,
                    ready,
                    cpu,
                    started.group(1) + " s (" + started.group(2) + " s)",
                    phases(log, Double.parseDouble(started.group(2)), seconds(ready)));
        }
    }

    /** The length of each of {@link #PHASES} in seconds (NaN where a marker is missing). */
    private static List<Double> phases(String log, double processRunningAtStarted, double ready) {
        List<Double> ends = new ArrayList<>(); // the log's clock, in seconds; the last one since the process start
        Double startedAt = null;
        for (String[] phase : PHASES) {
            if (phase[1] == null) {
                ends.add(ready);
                continue;
            }
            Double at = null;
            for (String line : log.lines().toList()) {
                Matcher time = TIME.matcher(line);
                if (line.contains(phase[1]) && time.find()) {
                    at = LocalDateTime.parse(time.group(1))
                                    .toInstant(ZoneOffset.UTC)
                                    .toEpochMilli()
                            / 1000.0;
                    break;
                }
            }
            ends.add(at == null ? Double.NaN : at);
            if (phase[1].startsWith("Started ")) {
                startedAt = at;
            }
        }
        // the JVM's start on the log's clock: the "Started" line's time less the time the process was running then
        double jvmStart = startedAt == null ? Double.NaN : startedAt - processRunningAtStarted;
        List<Double> lengths = new ArrayList<>();
        double previous = 0;
        for (int i = 0; i < ends.size(); i++) {
            double end = PHASES.get(i)[1] == null ? ends.get(i) : ends.get(i) - jvmStart;
            lengths.add(end - previous);
            previous = end;
        }
        return lengths;
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double median(List<Start> starts, java.util.function.Function<Start, Duration> value) {
        List<Double> sorted = starts.stream()
                .map(s -> seconds(value.apply(s)))
                .sorted(Comparator.naturalOrder())
                .toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
