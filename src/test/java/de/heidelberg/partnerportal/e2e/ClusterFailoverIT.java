package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import de.heidelberg.partnerportal.ClusterEngines;
import de.heidelberg.partnerportal.HttpBrowser;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The cluster as a person starts it (docker/local-cluster.sh: PostgreSQL, OpenSearch, two nodes, HAProxy)
 * under a stream of searches and saves through the proxy, while the editor's node is killed with SIGKILL:
 * no confirmed save is lost, the requests move to the other node, only requests in flight fail, and after
 * the node is back the index matches the database.
 */
class ClusterFailoverIT {

    private static final String ITEM = "montpellier-weinmesse-2021";
    private static final int SAVES_BEFORE = 4;
    private static final int SAVES_AFTER = 4;
    private static final int SEARCHERS = 4;

    @Test
    void killingANodeUnderLoadLosesNoSavedWork() throws Exception {
        try (ClusterEngines engines = ClusterEngines.start();
                Chromium chromium = new Chromium()) {
            Path jar = Path.of(System.getProperty("portal.jar", "target/partnerportal.jar"));
            engines.startNodes(2, jar);
            String proxy = "http://127.0.0.1:" + ClusterEngines.PROXY_PORT;

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS);
            List<Future<Searcher>> searchers = new ArrayList<>();
            for (int i = 0; i < SEARCHERS; i++) {
                searchers.add(pool.submit(() -> new Searcher(proxy).searchWhile(running)));
            }

            List<String> confirmed = new ArrayList<>();
            int failedSaves;
            try (BrowserContext context =
                    chromium.browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"))) {
                Page page = context.newPage();
                page.navigate(proxy + "/login?lang=de");
                page.locator("#vaadinLoginUsername input").fill("editor");
                page.locator("#vaadinLoginPassword input").fill("editor");
                page.locator(".login-stay-signed-in").click();
                page.locator("vaadin-login-form vaadin-button").first().click();
                Chromium.assertSignedIn(page);
                String editorsNode = context.cookies().stream()
                        .filter(cookie -> cookie.name.equals("SERVERID"))
                        .map(cookie -> cookie.value)
                        .findFirst()
                        .orElseThrow();

                failedSaves = saves(page, proxy, confirmed, SAVES_BEFORE, "vor");
                engines.killNode(Integer.parseInt(editorsNode.substring("node".length())));
                failedSaves += saves(page, proxy, confirmed, SAVES_AFTER, "nach");
            }
            running.set(false);
            List<Searcher> results = new ArrayList<>();
            for (Future<Searcher> searcher : searchers) {
                results.add(searcher.get());
            }
            pool.shutdown();
            long failedSearches =
                    results.stream().mapToLong(searcher -> searcher.failed).sum();
            long searches = results.stream()
                    .mapToLong(searcher -> searcher.ok + searcher.failed)
                    .sum();
            System.out.printf(
                    "Failover: %d saves confirmed, %d save attempts failed; %d searches, %d failed%n",
                    confirmed.size(), failedSaves, searches, failedSearches);

            // every save the editor saw confirmed is a version in the database
            for (String word : confirmed) {
                assertThat(ClusterEngines.query("select count(*) from content_revision where slug = '" + ITEM
                                + "' and snapshot like '%" + word + "%'"))
                        .as(word)
                        .isNotEqualTo("0");
            }
            assertThat(confirmed).hasSize(SAVES_BEFORE + SAVES_AFTER);
            // only requests in flight failed: every searcher went on successfully on the other node
            assertThat(results)
                    .allSatisfy(searcher -> assertThat(searcher.okAtTheEnd).isTrue());
            assertThat(failedSearches).isLessThan(searches / 4);

            engines.startNodes(2, jar);
            String last = confirmed.getLast();
            Searcher check = new Searcher(proxy);
            long start = System.nanoTime();
            while (!check.find(last).contains(ITEM)) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
                Thread.sleep(200);
            }
            assertThat(ClusterEngines.documentsInTheIndex()).isEqualTo(ClusterEngines.itemsInTheDatabase());
        }
    }

    /** Saves the item's English title with a new word each time; failed attempts are retried from a reload. */
    private static int saves(Page page, String proxy, List<String> confirmed, int count, String tag) {
        int failed = 0;
        int saved = 0;
        while (saved < count) {
            String word = "schwelle" + tag + (char) ('a' + saved) + "x";
            try {
                page.navigate(proxy + "/edit/news/" + ITEM);
                page.locator(".translated-field")
                        .first()
                        .locator(".translated-column[data-language=en] input")
                        .fill("Montpellier wine fair " + word);
                page.locator("vaadin-button.save").click();
                assertThat(page).hasURL(proxy + "/news/" + ITEM);
                confirmed.add(word);
                saved++;
            } catch (PlaywrightException | AssertionError inFlight) {
                failed++;
                String message = String.join(
                        " ",
                        String.valueOf(inFlight.getMessage())
                                .lines()
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .limit(4)
                                .toList());
                String reason = "save " + word + " failed at " + page.url() + ": "
                        + message.substring(0, Math.min(message.length(), 400));
                System.out.println(reason);
                if (failed > 10) {
                    throw new IllegalStateException(
                            "Saves keep failing (" + tag + " the node died); last: " + reason, inFlight);
                }
            }
        }
        return failed;
    }

    /** A program searching through the proxy with its own session, signing in again when it lost it. */
    private static final class Searcher {

        private final String proxy;
        private HttpClient client;
        long ok;
        long failed;
        boolean okAtTheEnd;

        Searcher(String proxy) throws Exception {
            this.proxy = proxy;
            signIn();
        }

        private void signIn() throws Exception {
            client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpBrowser.signIn(client, proxy, "staff", "staff", false);
        }

        Searcher searchWhile(AtomicBoolean running) throws Exception {
            while (running.get()) {
                try {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(URI.create(proxy + "/api/search?q=Partnerstadt"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    okAtTheEnd = response.statusCode() == 200;
                    if (okAtTheEnd) {
                        ok++;
                    } else {
                        failed++;
                        signIn(); // its node died with its session: a program signs in again
                    }
                } catch (java.io.IOException inFlight) {
                    failed++;
                    okAtTheEnd = false;
                }
                Thread.sleep(100);
            }
            return this;
        }

        String find(String words) throws Exception {
            return client.send(
                            HttpRequest.newBuilder(URI.create(proxy + "/api/search?q=" + words))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
