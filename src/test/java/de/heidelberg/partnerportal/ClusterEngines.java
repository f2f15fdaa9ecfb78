package de.heidelberg.partnerportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL and OpenSearch for the cluster tests, started by {@code docker/local-cluster.sh} (without
 * portal nodes) on ports of their own and emptied for each test class: the same script and engines a
 * person uses, not stand-ins.
 */
public final class ClusterEngines implements AutoCloseable {

    public static final int POSTGRES_PORT = Integer.getInteger("it.cluster.pg-port", 25432);
    public static final int OPENSEARCH_PORT = Integer.getInteger("it.cluster.os-port", 29200);
    private static final Path DIR = Path.of("target", "cluster-it").toAbsolutePath();

    private ClusterEngines() {}

    public static ClusterEngines start() throws IOException, InterruptedException {
        run(List.of("bash", "docker/local-cluster.sh", "start"), 900);
        // a database and an index of this run only
        psql("portal", "drop schema public cascade; create schema public");
        run(List.of("curl", "-sf", "-XDELETE", "http://127.0.0.1:" + OPENSEARCH_PORT + "/_all"), 60);
        return new ClusterEngines();
    }

    /** The environment of a portal node in the cluster profile, on these engines. */
    public static Map<String, String> nodeEnvironment(String node) {
        return Map.of(
                "SPRING_PROFILES_ACTIVE",
                "cluster",
                "SPRING_DATASOURCE_URL",
                "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/portal",
                "SPRING_DATASOURCE_USERNAME",
                "portal",
                "SPRING_DATASOURCE_PASSWORD",
                "portal",
                "PORTAL_SEARCH_HOSTS",
                "127.0.0.1:" + OPENSEARCH_PORT,
                "PORTAL_NODE_NAME",
                node);
    }

    /** One value from the cluster's database. */
    public static String query(String sql) throws IOException, InterruptedException {
        return psql("portal", sql).strip();
    }

    private static String psql(String database, String sql) throws IOException, InterruptedException {
        return run(
                List.of(
                        "psql",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(POSTGRES_PORT),
                        "-U",
                        "portal",
                        "-d",
                        database,
                        "-tA",
                        "-c",
                        sql),
                60);
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Path output = Files.createTempFile(DIR.getParent(), "cluster-it-", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment()
                .putAll(Map.of(
                        "CLUSTER_DIR", DIR.toString(),
                        "CLUSTER_NODES", "0",
                        "CLUSTER_PG_PORT", String.valueOf(POSTGRES_PORT),
                        "CLUSTER_OS_PORT", String.valueOf(OPENSEARCH_PORT),
                        "CLUSTER_OS_TRANSPORT_PORT", String.valueOf(OPENSEARCH_PORT + 100),
                        "PGPASSWORD", "portal"));
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish: " + Files.readString(output));
        }
        String text = Files.readString(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + text);
        }
        Files.delete(output);
        return text;
    }

    /** The OpenSearch node, as Hibernate Search's hosts setting names it. */
    public static String openSearchHost() {
        return "127.0.0.1:" + OPENSEARCH_PORT;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("bash", "docker/local-cluster.sh", "stop"), 120);
    }
}
