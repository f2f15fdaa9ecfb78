package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.heidelberg.partnerportal.ClusterEngines;
import de.heidelberg.partnerportal.HttpBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal nodes of the packaged jar in the cluster profile, on a real PostgreSQL and a real
 * OpenSearch: they start together and load the demo content once; an edit saved through one node is
 * found by a search on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private ClusterEngines engines;
    private PortalProcess node1;
    private PortalProcess node2;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        engines = ClusterEngines.start();
        // both at once, as after a power cut: migrations, index layout and demo content must happen once
        node1 = PortalProcess.launch(ClusterEngines.nodeEnvironment("node1"));
        node2 = PortalProcess.launch(ClusterEngines.nodeEnvironment("node2"));
        node1.awaitHealthy();
        node2.awaitHealthy();
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        Stream.of(chromium, node1, node2, engines).filter(part -> part != null).forEach(part -> {
            try {
                part.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherLoadTheDemoContentOnce() throws Exception {
        List<String> logs = List.of(node1.log(), node2.log());
        assertThat(logs).filteredOn(log -> log.contains("Loaded")).hasSize(1);
        assertThat(ClusterEngines.query("select count(*) from app_user")).isEqualTo("5");
        assertThat(ClusterEngines.query("select count(*) from news_item"))
                .isEqualTo(ClusterEngines.query("select count(distinct slug) from news_item"));
        assertThat(Long.parseLong(ClusterEngines.query("select count(*) from news_item")))
                .isPositive();
    }

    @Test
    @Order(2)
    void anEditSavedThroughOneNodeIsFoundOnTheOtherWithinTwoSeconds() throws Exception {
        assertThat(search(node2, "carillon")).doesNotContain("jelenia-gora-goldenes-buch");
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800))) {
            Page page = signIn(context, node1, "editor");
            page.navigate(node1.url("/edit/news/jelenia-gora-goldenes-buch"));
            page.locator(".translated-field")
                    .first()
                    .locator(".translated-column[data-language=en] input")
                    .fill("Jelenia Góra signs the Golden Book, a carillon plays");
            page.locator("vaadin-button.save").click();
            assertThat(page).hasURL(node1.url("/news/jelenia-gora-goldenes-buch"));
        }
        long saved = System.nanoTime();
        String found = "";
        while (System.nanoTime() - saved < Duration.ofSeconds(10).toNanos()) {
            found = search(node2, "carillon");
            if (found.contains("jelenia-gora-goldenes-buch")) {
                break;
            }
            Thread.sleep(50);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - saved);
        assertThat(found).contains("jelenia-gora-goldenes-buch");
        assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @Order(3)
    void whoIsEditingOnOneNodeIsShownOnTheOther() {
        try (BrowserContext first = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
                BrowserContext second =
                        chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page editor = signIn(first, node1, "editor");
            editor.navigate(node1.url("/edit/news/montpellier-weinmesse-2021?lang=en"));
            assertThat(editor.locator("vaadin-button.save")).isVisible();

            Page admin = signIn(second, node2, "admin");
            admin.navigate(node2.url("/edit/news/montpellier-weinmesse-2021?lang=en"));
            assertThat(admin.locator(".edit-marks")).containsText("editor is also editing this item");
        }
    }

    @Test
    @Order(4)
    void aUserDisabledThroughOneNodeLosesTheirSessionOnTheOther() throws Exception {
        HttpBrowser partner = new HttpBrowser(node2.url(""));
        partner.signIn("partner", "partner");
        assertThat(partner.get("/").statusCode()).isEqualTo(200);

        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page admin = signIn(context, node1, "admin");
            admin.navigate(node1.url("/admin/users?lang=en"));
            admin.getByLabel("Actions for partner").click();
            admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Disable"))
                    .click();
            admin.locator("vaadin-button[slot='confirm-button']").click();
            assertThat(admin.locator("vaadin-notification-card")).isVisible();
        }
        // the click answered once the change was saved; the partner's next request on node 2 is refused
        HttpResponse<String> next = partner.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    @Order(5)
    void whenANodeIsKilledItsUserWhoStaysSignedInGoesOnOnTheOtherAndTheIndexMatchesTheDatabase() throws Exception {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"))) {
            Page page = context.newPage();
            page.navigate(node1.url("/login?lang=de"));
            page.locator("#vaadinLoginUsername input").fill("editor");
            page.locator("#vaadinLoginPassword input").fill("editor");
            page.locator(".login-stay-signed-in").click();
            page.locator("vaadin-login-form vaadin-button").first().click();
            Chromium.assertSignedIn(page);

            node1.kill();
            // the browser's next request goes to the other node (the proxy's job there): signed in from the token
            page.navigate(node2.url("/edit/news/montpellier-weinmesse-2021"));
            page.locator(".translated-field")
                    .first()
                    .locator(".translated-column[data-language=en] input")
                    .fill("Montpellier wine fair, the glockenspiel edition");
            page.locator("vaadin-button.save").click();
            assertThat(page).hasURL(node2.url("/news/montpellier-weinmesse-2021"));
        }
        // node 1's share of the index events goes to node 2 once node 1 has missed its pulses
        awaitFound(node2, "glockenspiel", "montpellier-weinmesse-2021", Duration.ofSeconds(60));
        assertThat(ClusterEngines.documentsInTheIndex()).isEqualTo(ClusterEngines.itemsInTheDatabase());
    }

    private static void awaitFound(PortalProcess node, String words, String id, Duration within) throws Exception {
        long start = System.nanoTime();
        while (!search(node, words).contains(id)) {
            if (System.nanoTime() - start > within.toNanos()) {
                throw new AssertionError(words + " not found on " + node.url("") + " within " + within);
            }
            Thread.sleep(100);
        }
    }

    private static Page signIn(BrowserContext context, PortalProcess node, String account) {
        Page page = context.newPage();
        page.navigate(node.url("/login?lang=en"));
        page.locator("#vaadinLoginUsername input").fill(account);
        page.locator("#vaadinLoginPassword input").fill(account);
        page.locator("vaadin-login-form vaadin-button").first().click();
        Chromium.assertSignedIn(page);
        return page;
    }

    private static String search(PortalProcess node, String words) throws Exception {
        String basic = Base64.getEncoder().encodeToString("staff:staff".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(node.url("/api/search?lang=en&q=" + words)))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
