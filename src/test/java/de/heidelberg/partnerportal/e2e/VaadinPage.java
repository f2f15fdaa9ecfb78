package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;

/** Showing a page of the portal and waiting for it to be done: its heading shown, no request to the server under way. */
final class VaadinPage {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Vaadin's own "is a round trip under way" (what TestBench waits for), asked every 50 ms. */
    private static final String IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
            """;

    /** Where the browser is: the path, decoded (a view may add to the query). */
    private static final String LOCATION = "() => decodeURIComponent(location.pathname)";

    /** A link to the path, followed: Vaadin's router handles it in the page, as a click on a link in the portal. */
    private static final String FOLLOW = """
            path => {
              const link = document.createElement('a');
              link.href = path;
              document.body.append(link);
              link.click();
              link.remove();
            }
            """;

    private VaadinPage() {}

    /**
     * Follows a link to another path of the portal (not the one shown: its query only may differ), without
     * loading the document anew, and waits for the page.
     */
    static void follow(Page page, String path) {
        page.evaluate(FOLLOW, path);
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!pathOnly(path).equals(page.evaluate(LOCATION)) || !Boolean.TRUE.equals(page.evaluate(IDLE))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The page " + path + " was not shown after " + TIMEOUT + ", at " + page.url());
            }
            page.waitForTimeout(20);
        }
        assertThat(page.locator("h1").first()).isVisible();
    }

    /** The path without its query. */
    static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    static void settle(Page page) {
        assertThat(page.locator("h1").first()).isVisible();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!Boolean.TRUE.equals(page.evaluate(IDLE))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The page " + page.url() + " was still busy after " + TIMEOUT);
            }
            page.waitForTimeout(50);
        }
    }
}
