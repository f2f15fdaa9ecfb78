package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.heidelberg.partnerportal.ClusterEngines;
import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.search.NewsGenerator;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Measures the cluster (not a test: run with the bench profile, see README "At scale"): how long a save
 * through node 1 takes to be found on node 2, over 50 saves; the search API on the cluster against the
 * embedded default for the same items, in one run. Writes target/cluster-benchmark.md.
 */
class ClusterBenchmark {

    private static final int SAVES = Integer.getInteger("bench.saves", 50);
    private static final int SEARCHES = Integer.getInteger("bench.searches", 400);
    private static final List<String> QUERIES = List.of(
            "Partnerstadt",
            "Kumamto",
            "Urkunde",
            "Montpellier Weinmesse",
            "Einbuergerung",
            "twin town",
            "jumelage",
            "Jelenia Gora",
            "Cambridge",
            "Klimaschutz");

    @Test
    void measure() throws Exception {
        try (ClusterEngines engines = ClusterEngines.start();
                PortalProcess node1 = PortalProcess.launch(ClusterEngines.nodeEnvironment("node1"));
                PortalProcess node2 = PortalProcess.launch(ClusterEngines.nodeEnvironment("node2"));
                PortalProcess single = PortalProcess.launch(java.util.Map.of());
                Chromium chromium = new Chromium()) {
            node1.awaitHealthy();
            node2.awaitHealthy();
            single.awaitHealthy();
            List<Long> visible = savesFoundOnTheOtherNode(chromium, node1, node2);
            HttpClient cluster = signedIn(node2);
            HttpClient embedded = signedIn(single);
            List<Long> onCluster = new ArrayList<>();
            List<Long> onEmbedded = new ArrayList<>();
            for (int round = 0; round < 50; round++) { // warm-up, both
                search(cluster, node2, QUERIES.get(round % QUERIES.size()));
                search(embedded, single, QUERIES.get(round % QUERIES.size()));
            }
            for (int round = 0; round < SEARCHES; round++) { // in turns, so a busy moment falls on both
                String query = QUERIES.get(round % QUERIES.size());
                onCluster.add(search(cluster, node2, query));
                onEmbedded.add(search(embedded, single, query));
            }
            Rebuild rebuild = rebuildIntoOpenSearch(chromium, node1);
            String report = """
                    # Cluster benchmark

                    %d cores, Java %s; PostgreSQL 15 and OpenSearch 3.4.0 (heap 512 MB) on the same machine.

                    | what | p50 | p95 | max |
                    |---|---|---|---|
                    | save on node 1 → found by a search on node 2 (%d saves) | %s | %s | %s |
                    | `/api/search` on the cluster (node 2, OpenSearch), %d searches | %s | %s | %s |
                    | `/api/search` on one embedded node (H2, Lucene), same queries | %s | %s | %s |

                    Full rebuild into OpenSearch from /admin/search on node 1 (mass indexer):
                    %,d items in %.1f s, %,.0f items/s.
                    """.formatted(
                            Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.version"),
                            visible.size(),
                            ms(visible, 50),
                            ms(visible, 95),
                            ms(visible, 100),
                            onCluster.size(),
                            ms(onCluster, 50),
                            ms(onCluster, 95),
                            ms(onCluster, 100),
                            ms(onEmbedded, 50),
                            ms(onEmbedded, 95),
                            ms(onEmbedded, 100),
                            rebuild.items(),
                            rebuild.seconds(),
                            rebuild.items() / rebuild.seconds());
            System.out.println(report);
            Files.writeString(Path.of("target", "cluster-benchmark.md"), report);
        }
    }

    record Rebuild(long items, double seconds) {}

    /**
     * Adds generated news items to the cluster's database (bench.rebuild-items, 20,000 by default), then an
     * administrator starts a rebuild on node 1; its time is what the database records (search_rebuild).
     */
    private static Rebuild rebuildIntoOpenSearch(Chromium chromium, PortalProcess node) throws Exception {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl("jdbc:postgresql://127.0.0.1:" + ClusterEngines.POSTGRES_PORT + "/portal");
        database.setUser("portal");
        database.setPassword("portal");
        NewsGenerator.generateNews(database, Integer.getInteger("bench.rebuild-items", 20_000));
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(node.url("/login?lang=en"));
            page.locator("#vaadinLoginUsername input").fill("admin");
            page.locator("#vaadinLoginPassword input").fill("admin");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            page.navigate(node.url("/admin/search?lang=en"));
            page.locator(".search-admin vaadin-button[theme~='primary']").click();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        Thread.sleep(2000);
        while (ClusterEngines.query("select running from search_rebuild where id = 1")
                .equals("t")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The rebuild did not end within 30 minutes");
            }
            Thread.sleep(1000);
        }
        String[] row = ClusterEngines.query("select rebuilt, extract(epoch from finished_at - started_at)"
                        + " from search_rebuild where id = 1")
                .split("\\|");
        return new Rebuild(Long.parseLong(row[0]), Double.parseDouble(row[1]));
    }

    /** Each save's time from the editor's confirmation (the item's page) until node 2's search finds it. */
    private static List<Long> savesFoundOnTheOtherNode(Chromium chromium, PortalProcess node1, PortalProcess node2)
            throws Exception {
        HttpClient reader = signedIn(node2);
        List<Long> times = new ArrayList<>();
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"))) {
            Page page = context.newPage();
            page.navigate(node1.url("/login?lang=de"));
            page.locator("#vaadinLoginUsername input").fill("editor");
            page.locator("#vaadinLoginPassword input").fill("editor");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            for (int save = 0; save < SAVES; save++) {
                String word = "messprobe" + (char) ('a' + save % 26) + (char) ('a' + save / 26) + "x";
                page.navigate(node1.url("/edit/news/montpellier-weinmesse-2021"));
                page.locator(".translated-field")
                        .first()
                        .locator(".translated-column[data-language=en] input")
                        .fill("Montpellier wine fair " + word);
                page.locator("vaadin-button.save").click();
                assertThat(page).hasURL(node1.url("/news/montpellier-weinmesse-2021"));
                long saved = System.nanoTime();
                while (!searchBody(reader, node2, word).contains("montpellier-weinmesse-2021")) {
                    if (System.nanoTime() - saved > Duration.ofSeconds(30).toNanos()) {
                        throw new IllegalStateException("Save " + save + " not found on node 2 within 30 s");
                    }
                    Thread.sleep(10);
                }
                times.add(System.nanoTime() - saved);
            }
        }
        return times;
    }

    /**
     * A client with a session (signed in once through the sign-in form), so that no search pays for the
     * password hash as every HTTP Basic request does.
     */
    private static HttpClient signedIn(PortalProcess node) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpBrowser.signIn(client, node.url(""), "staff", "staff", false);
        searchBody(client, node, "Heidelberg");
        return client;
    }

    private static long search(HttpClient client, PortalProcess node, String query) throws Exception {
        long start = System.nanoTime();
        searchBody(client, node, query);
        return System.nanoTime() - start;
    }

    private static String searchBody(HttpClient client, PortalProcess node, String query) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(
                                node.url("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Search answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String ms(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return "%.1f ms".formatted(sorted.get(Math.max(0, index)) / 1e6);
    }
}
