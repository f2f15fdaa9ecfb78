package de.heidelberg.partnerportal.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged portal (target/partnerportal.jar, or the extracted one in target/fast) running as its own
 * process on a free port, with a fresh data folder: what a person gets with the README's first command.
 */
final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final int port;
    private final Path log;
    private final long started;

    private PortalProcess(Process process, int port, Path log, long started) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.started = started;
    }

    static PortalProcess start() throws IOException, InterruptedException {
        PortalProcess portal = launch(Map.of());
        portal.awaitHealthy();
        return portal;
    }

    /** Starts the jar with extra environment variables (as Docker would pass them), without waiting. */
    static PortalProcess launch(Map<String, String> environment) throws IOException {
        return launch(packagedJar(), List.of("-Xmx512m"), freshDataDirectory(), environment);
    }

    /** The packaged jar (target/partnerportal.jar), as Maven's failsafe configuration names it. */
    static Path packagedJar() {
        return requireFile(Path.of(System.getProperty("portal.jar", "target/partnerportal.jar")));
    }

    /**
     * The extracted jar with its AOT cache that the production build writes to target/fast (README,
     * "Start-up"): the folder, as Maven's failsafe configuration names it.
     */
    static Path fastDirectory() {
        return Path.of(System.getProperty("portal.fast.dir", "target/fast"));
    }

    /** A new, empty data folder under target/e2e. */
    static Path freshDataDirectory() throws IOException {
        Path work = Files.createDirectories(Path.of("target", "e2e"));
        return Files.createTempDirectory(work, "data-");
    }

    /**
     * Starts a jar with JVM options (before -jar) on a data folder and a free port, with extra environment
     * variables, without waiting.
     */
    static PortalProcess launch(Path jar, List<String> jvmOptions, Path data, Map<String, String> environment)
            throws IOException {
        requireFile(jar);
        int port = freePort();
        Path work = Files.createDirectories(Path.of("target", "e2e"));
        Path log = work.resolve("portal-" + port + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--portal.data-dir=" + data.toAbsolutePath()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new PortalProcess(builder.start(), port, log, started);
    }

    private static Path requireFile(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged portal at " + jar + ": run the tests with 'verify'");
        }
        return jar;
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException("The portal did not stop by itself within " + timeout);
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void awaitHealthy() throws IOException, InterruptedException {
        awaitHealthy(Duration.ofMillis(500));
    }

    /**
     * Waits until the health endpoint answers UP, asking every {@code poll}; the time from the start of
     * the process until that answer.
     */
    Duration awaitHealthy(Duration poll) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(poll);
        }
        close();
        throw new IllegalStateException("The portal did not become healthy within " + START_TIMEOUT + ", log: " + log);
    }

    /** The CPU time the process has used so far (all its threads), where the system tells it. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Ends the process at once, as a power cut would (SIGKILL: nothing is flushed or said goodbye). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
