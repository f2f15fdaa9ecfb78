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
 * The packaged portal (target/partnerportal.jar) running as its own process on a free port, with a
 * fresh data folder: what a person gets with the README's first command.
 */
final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final int port;
    private final Path log;

    private PortalProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static PortalProcess start() throws IOException, InterruptedException {
        PortalProcess portal = launch(Map.of());
        portal.awaitHealthy();
        return portal;
    }

    /** Starts the jar with extra environment variables (as Docker would pass them), without waiting. */
    static PortalProcess launch(Map<String, String> environment) throws IOException {
        return launch(environment, List.of("-Xmx512m"));
    }

    /** Starts the jar with extra environment variables and these JVM options, without waiting. */
    static PortalProcess launch(Map<String, String> environment, List<String> jvmOptions) throws IOException {
        Path jar = Path.of(System.getProperty("portal.jar", "target/partnerportal.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged portal at " + jar + ": run the tests with 'verify'");
        }
        int port = freePort();
        Path work = Files.createDirectories(Path.of("target", "e2e"));
        Path data = Files.createTempDirectory(work, "data-");
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
        return new PortalProcess(builder.start(), port, log);
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
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The portal did not become healthy within " + START_TIMEOUT + ", log: " + log);
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
