package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The load test at full size (not a test: run with the bench profile, see README "Load"). For each
 * number of users in {@code bench.users} (default 100,250,500,1000) it starts the packaged jar with
 * {@code -Xmx1g} on a fresh data folder, runs {@link PortalSimulation} (ramp {@code bench.ramp} s, hold
 * {@code bench.hold} s, think time 5–10 s) and measures during the hold: response times per action,
 * errors, requests per second, the CPU of the portal and of this JVM (the load driver), heap after each
 * GC and the GC pauses (from the portal's GC log). The largest step also records a JFR profile. Then it
 * measures the retained heap per session: heap histograms (full GC) before and after opening
 * {@code bench.sessions} partner sessions with a city page open. Writes target/load-benchmark.md.
 */
class LoadBenchmark {

    private static final Path WORK = Path.of("target", "load");
    private static final Pattern GC_PAUSE =
            Pattern.compile("\\[([\\d.]+)s\\].*GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

    @Test
    void measure() throws Exception {
        Files.createDirectories(WORK);
        int ramp = Integer.getInteger("bench.ramp", 60);
        int hold = Integer.getInteger("bench.hold", 180);
        List<Integer> steps = Arrays.stream(
                        System.getProperty("bench.users", "100,250,500,1000").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
        StringBuilder report = new StringBuilder("# Load benchmark\n\n");
        report.append(String.format(
                "%s, %d cores, JDK %s; portal: target/partnerportal.jar with -Xmx1g on a fresh data folder per step; "
                        + "mix 45 %% staff, 40 %% partners (en/fr), 15 %% editors; think time 5–10 s; ramp %d s, "
                        + "hold %d s; figures over the hold only.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), ramp, hold));
        List<String> curve = new ArrayList<>();
        curve.add(
                "| users | requests/s | errors | p50 / p95 / p99 all actions (ms) | worst action p95 | portal CPU (of 2 cores) | driver CPU | machine busy (steal) | heap after GC max / last | GC pauses: count, total, max |");
        curve.add("|---|---|---|---|---|---|---|---|---|---|");
        for (int users : steps) {
            boolean last = users == steps.getLast();
            Step step = runStep(users, ramp, hold, last);
            curve.add(step.curveRow());
            report.append(step.details());
        }
        report.insert(
                report.indexOf("\n\n") + 2,
                "## Users → response times, CPU, heap\n\n" + String.join("\n", curve) + "\n\n");
        if (System.getProperty("bench.url", "").isEmpty()) {
            report.append(sessionHeap(Integer.getInteger("bench.sessions", 200)));
        }
        Files.writeString(Path.of("target", "load-benchmark.md"), report);
        System.out.println(report);
    }

    private record Cpu(long portalTicks, long selfTicks, long[] machine, long at) {}

    private record Step(int users, String curveRow, String details) {}

    private Step runStep(int users, int ramp, int hold, boolean profile) throws Exception {
        Path gcLog = WORK.resolve("gc-" + users + ".log");
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-Xlog:gc:file=" + gcLog.toAbsolutePath() + ":uptime"));
        if (profile) {
            jvm.add("-XX:StartFlightRecording=filename="
                    + WORK.resolve("portal-" + users + ".jfr").toAbsolutePath() + ",settings=profile");
        }
        String external = System.getProperty("bench.url", "");
        if (!external.isEmpty()) {
            // a portal started elsewhere (the cluster behind its proxy): response times and the machine only
            LoadRecorder.reset();
            long start = System.currentTimeMillis();
            Cpu[] window = new Cpu[2];
            Thread sampler = sample(window, ProcessHandle.current().pid(), ramp, hold);
            int status = Gatling.run(external, users, ramp, hold, 5, 10, "load-" + users);
            sampler.join();
            long holdFrom = start + ramp * 1000L;
            long holdTo = start + (ramp + hold) * 1000L;
            return summarise(
                    users,
                    status,
                    LoadRecorder.between(holdFrom, holdTo),
                    LoadRecorder.failures(),
                    window,
                    null,
                    Instant.EPOCH,
                    holdFrom,
                    holdTo,
                    "(" + external + ": the portal's heap is not measured from here)",
                    false);
        }
        try (PortalProcess portal =
                PortalProcess.launch(PortalProcess.packagedJar(), jvm, PortalProcess.freshDataDirectory(), Map.of())) {
            portal.awaitHealthy();
            Instant jvmStart = ProcessHandle.of(portal.pid())
                    .flatMap(handle -> handle.info().startInstant())
                    .orElseThrow();
            LoadRecorder.reset();
            long start = System.currentTimeMillis();
            Cpu[] window = new Cpu[2];
            Thread sampler = sample(window, portal.pid(), ramp, hold);
            int status = Gatling.run(portal.url(""), users, ramp, hold, 5, 10, "load-" + users);
            sampler.join();
            long holdFrom = start + ramp * 1000L;
            long holdTo = start + (ramp + hold) * 1000L;
            Map<String, long[]> times = LoadRecorder.between(holdFrom, holdTo);
            Map<String, Long> failures = LoadRecorder.failures();
            String heapInfo = jcmd(portal.pid(), "GC.heap_info");
            return summarise(
                    users, status, times, failures, window, gcLog, jvmStart, holdFrom, holdTo, heapInfo, profile);
        }
    }

    /** The CPU counters at the start and near the end of the hold. */
    private static Thread sample(Cpu[] window, long pid, int ramp, int hold) {
        return Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(ramp * 1000L);
                window[0] = cpu(pid);
                Thread.sleep(hold * 1000L - 2000L);
                window[1] = cpu(pid);
            } catch (Exception interrupted) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private Step summarise(
            int users,
            int status,
            Map<String, long[]> times,
            Map<String, Long> failures,
            Cpu[] window,
            @Nullable Path gcLog,
            Instant jvmStart,
            long holdFrom,
            long holdTo,
            String heapInfo,
            boolean profile)
            throws IOException, InterruptedException {
        long[] all =
                times.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (holdTo - holdFrom) / 1000.0;
        long errors = failures.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder details = new StringBuilder(String.format("## %d users%n%n", users));
        details.append(String.format(
                "Gatling's status %d (0: no failed request, enough requests); %d answers in the hold (%.1f/s); errors over the whole run: %s.%n%n",
                status, all.length, all.length / seconds, failures.isEmpty() ? "none" : failures));
        details.append("| action | answers | p50 | p95 | p99 | max (ms) |\n|---|---|---|---|---|---|\n");
        String worst = "";
        long worstP95 = -1;
        for (var entry : times.entrySet()) {
            long[] sorted = entry.getValue();
            if (sorted.length == 0) {
                continue;
            }
            details.append(String.format(
                    "| %s | %d | %d | %d | %d | %d |%n",
                    entry.getKey(),
                    sorted.length,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted[sorted.length - 1]));
            if (percentile(sorted, 95) > worstP95) {
                worstP95 = percentile(sorted, 95);
                worst = entry.getKey();
            }
        }
        // CPU over the hold
        String portalCpu = "–";
        String driverCpu = "–";
        String machine = "–";
        if (window[0] != null && window[1] != null) {
            double wall = (window[1].at() - window[0].at()) / 1000.0;
            double ticks = 100.0; // USER_HZ
            portalCpu = String.format(
                    Locale.ROOT,
                    "%.0f %%",
                    100 * (window[1].portalTicks() - window[0].portalTicks()) / ticks / wall / 2);
            driverCpu = String.format(
                    Locale.ROOT, "%.0f %%", 100 * (window[1].selfTicks() - window[0].selfTicks()) / ticks / wall / 2);
            long[] a = window[0].machine();
            long[] b = window[1].machine();
            long total = 0;
            for (int i = 0; i < a.length; i++) {
                total += b[i] - a[i];
            }
            long idle = (b[3] - a[3]) + (b[4] - a[4]);
            long steal = b.length > 7 ? b[7] - a[7] : 0;
            machine = String.format(
                    Locale.ROOT, "%.0f %% (%.0f %%)", 100.0 * (total - idle) / total, 100.0 * steal / total);
        }
        // GC during the hold
        List<double[]> pauses = new ArrayList<>();
        long heapMax = 0;
        long heapLast = 0;
        for (String line : gcLog == null ? List.<String>of() : Files.readAllLines(gcLog)) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (!pause.find()) {
                continue;
            }
            long at = jvmStart.toEpochMilli() + Math.round(Double.parseDouble(pause.group(1)) * 1000);
            if (at < holdFrom || at >= holdTo) {
                continue;
            }
            long after = Long.parseLong(pause.group(4));
            heapMax = Math.max(heapMax, after);
            heapLast = after;
            pauses.add(new double[] {Double.parseDouble(pause.group(6))});
        }
        double pauseTotal = pauses.stream().mapToDouble(p -> p[0]).sum();
        double pauseMax = pauses.stream().mapToDouble(p -> p[0]).max().orElse(0);
        details.append(String.format(
                "%nCPU over the hold: portal %s of the machine's 2 cores, load driver %s, whole machine busy %s (steal in brackets). "
                        + "Heap after GC during the hold: max %d MB, last %d MB of 1024; %d GC pauses, %.0f ms in all, longest %.1f ms.%n",
                portalCpu, driverCpu, machine, heapMax, heapLast, pauses.size(), pauseTotal, pauseMax));
        details.append("\n```\n").append(heapInfo.strip()).append("\n```\n\n");
        if (profile) {
            Path jfr = WORK.resolve("portal-" + users + ".jfr");
            details.append("JFR of this step: ")
                    .append(jfr)
                    .append(" (`jfr view hot-methods`, `jfr view allocation-by-class`).\n\n");
        }
        String row = String.format(
                "| %d | %.1f | %d | %d / %d / %d | %s %d | %s | %s | %s | %d / %d MB | %d, %.0f ms, %.1f ms |",
                users,
                all.length / seconds,
                errors,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                worst,
                worstP95,
                portalCpu,
                driverCpu,
                machine,
                heapMax,
                heapLast,
                pauses.size(),
                pauseTotal,
                pauseMax);
        return new Step(users, row, details.toString());
    }

    /**
     * The retained heap of a session: live heap (a class histogram, which collects fully first) before
     * and after the given number of partner sessions each signed in and with a city page open.
     */
    private String sessionHeap(int sessions) throws Exception {
        try (PortalProcess portal = PortalProcess.launch(
                PortalProcess.packagedJar(), List.of("-Xmx1g"), PortalProcess.freshDataDirectory(), Map.of())) {
            portal.awaitHealthy();
            // one visit first, so that what every session shares (caches, compiled views) is loaded
            List<PortalVisitor> visitors = new ArrayList<>();
            new PortalVisitor(portal.url(""), "en")
                    .signIn("partner", "partner")
                    .open("partner-cities/cambridge", List.of("Cambridge"));
            Histogram before = Histogram.of(jcmd(portal.pid(), "GC.class_histogram"));
            for (int i = 0; i < sessions; i++) {
                PortalVisitor visitor = new PortalVisitor(portal.url(""), i % 2 == 0 ? "en" : "fr");
                visitor.signIn("partner", "partner").open("partner-cities/cambridge", List.of("Cambridge"));
                visitors.add(visitor);
            }
            Histogram after = Histogram.of(jcmd(portal.pid(), "GC.class_histogram"));
            assertThat(visitors).hasSize(sessions);
            long perSession = (after.total - before.total) / sessions;
            StringBuilder text = new StringBuilder("## Retained heap per session\n\n");
            text.append(String.format(
                    "Live heap (jcmd GC.class_histogram, after a full GC) before and after %d partner sessions, each signed in "
                            + "through the login page (whose UI is closed when the first page opens) and with a city "
                            + "page open: %,d → %,d bytes, **%,d bytes (%.0f KB) per session**. The classes that grew most, per session:%n%n",
                    sessions, before.total, after.total, perSession, perSession / 1024.0));
            text.append("| class | bytes per session | instances per session |\n|---|---|---|\n");
            after.bytes.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytes.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(15)
                    .forEach(e -> text.append(String.format(
                            "| %s | %,d | %.1f |%n",
                            e.getKey(),
                            e.getValue() / sessions,
                            (after.instances.getOrDefault(e.getKey(), 0L)
                                            - before.instances.getOrDefault(e.getKey(), 0L))
                                    / (double) sessions)));
            return text.toString();
        }
    }

    private record Histogram(long total, Map<String, Long> bytes, Map<String, Long> instances) {
        static Histogram of(String histogram) {
            Map<String, Long> bytes = new java.util.HashMap<>();
            Map<String, Long> instances = new java.util.HashMap<>();
            long total = 0;
            for (String line : histogram.lines().toList()) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 3 && columns[0].equals("Total")) {
                    total = Long.parseLong(columns[2]);
                } else if (columns.length >= 4 && columns[0].endsWith(":")) {
                    instances.put(columns[3], Long.parseLong(columns[1]));
                    bytes.put(columns[3], Long.parseLong(columns[2]));
                }
            }
            return new Histogram(total, bytes, instances);
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Cpu cpu(long pid) throws IOException {
        return new Cpu(
                ticks(Path.of("/proc", String.valueOf(pid), "stat")),
                ticks(Path.of("/proc/self/stat")),
                machine(),
                System.currentTimeMillis());
    }

    /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The machine's CPU counters (user, nice, system, idle, iowait, irq, softirq, steal). */
    private static long[] machine() throws IOException {
        String[] fields =
                Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long[] values = new long[8];
        for (int i = 0; i < values.length; i++) {
            values[i] = Long.parseLong(fields[i + 1]);
        }
        return values;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }
}
