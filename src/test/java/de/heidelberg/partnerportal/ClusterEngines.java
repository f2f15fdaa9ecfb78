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
        return run(command, timeoutSeconds, Map.of());
    }

    private static String run(List<String> command, int timeoutSeconds, Map<String, String> extra)
            throws IOException, InterruptedException {
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
        builder.environment().putAll(extra);
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

    /** Port of portal node i (from 1) started by {@link #startNodes}, and of the proxy in front of them. */
    public static final int NODE_BASE_PORT = 28081;

    public static final int PROXY_PORT = 28080;

    /**
     * Starts portal nodes of the packaged jar in the cluster profile and HAProxy in front of them, with the
     * script, as a person would; nodes already running stay (so this also restarts a killed node).
     */
    public void startNodes(int nodes, Path jar) throws IOException, InterruptedException {
        run(
                List.of("bash", "docker/local-cluster.sh", "start"),
                900,
                Map.of(
                        "CLUSTER_NODES", String.valueOf(nodes),
                        "CLUSTER_NODE_BASE_PORT", String.valueOf(NODE_BASE_PORT),
                        "CLUSTER_PROXY_PORT", String.valueOf(PROXY_PORT),
                        "CLUSTER_JAR", jar.toAbsolutePath().toString(),
                        "CLUSTER_NODE_JAVA_OPTS", "-Xmx512m"));
    }

    /** Ends a node the script started at once (SIGKILL), as a power cut would. */
    public void killNode(int node) throws IOException, InterruptedException {
        String pid = Files.readString(DIR.resolve("run").resolve("node" + node + ".pid"))
                .strip();
        run(List.of("kill", "-9", pid), 30);
    }

    /** Content items in the database: what the search index must hold. */
    public static long itemsInTheDatabase() throws IOException, InterruptedException {
        return Long.parseLong(query("select (select count(*) from partner_city)"
                + " + (select count(*) from network) + (select count(*) from contact)"
                + " + (select count(*) from news_item) + (select count(*) from programme)"
                + " + (select count(*) from visit) + (select count(*) from gift)"));
    }

    /** Documents in OpenSearch's indexes. */
    public static long documentsInTheIndex() throws IOException, InterruptedException {
        run(List.of("curl", "-sf", "-XPOST", "http://" + openSearchHost() + "/_all/_refresh"), 60);
        String count = run(List.of("curl", "-sf", "http://" + openSearchHost() + "/_all/_count"), 60);
        var matcher = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(count);
        if (!matcher.find()) {
            throw new IllegalStateException("No count from OpenSearch: " + count);
        }
        return Long.parseLong(matcher.group(1));
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
