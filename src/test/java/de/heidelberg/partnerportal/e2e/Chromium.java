package de.heidelberg.partnerportal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright; Playwright never downloads a browser of its own. */
final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private final Playwright playwright;
    final Browser browser;

    Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("No Chromium at " + EXECUTABLE + ": apt-get install -y chromium");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A new page of the context, signed in through the portal's login form (English); it shows the layout. */
    /**
     * Waits for the portal's layout after signing in: the first page a freshly started portal renders takes
     * seconds on a loaded machine (over 5 s, Playwright's default, in a full CI run).
     */
    static void assertSignedIn(Page page) {
        PlaywrightAssertions.assertThat(page.locator("vaadin-app-layout"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    static Page signIn(BrowserContext context, String baseUrl, String username, String password) {
        Page page = context.newPage();
        page.navigate(baseUrl + "/login?lang=en");
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertSignedIn(page);
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
