package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A person who uses no mouse: an editor signs in, opens a partner city through the navigation, searches
 * from the header and opens a result, opens its editor and saves an English title, with Tab, Shift+Tab,
 * Enter and typing only. After every focus move the focused element must show that it has the focus
 * ({@link KeyboardFocus}). Screenshots in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardJourneyIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final String NEWS = "/news/jelenia-gora-goldenes-buch";
    private static final String NEW_TITLE = "Jelenia Góra's mayor signs Heidelberg's Golden Book";

    private PortalProcess portal;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void start() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        portal = PortalProcess.start();
        chromium = new Chromium();
        context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void screenshot() {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("keyboard-last.png")));
    }

    @AfterAll
    void stop() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        if (chromium != null) {
            chromium.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anEditorSearchesAndSavesATranslatedTitleWithTheKeyboardAlone() {
        KeyboardFocus keyboard = new KeyboardFocus(page);

        // sign in: the language switcher comes first, then the form; Enter in the password field submits
        page.navigate(portal.url("/login?lang=de"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        keyboard.tabTo("the user name", "#vaadinLoginUsername input");
        page.keyboard().type("editor");
        keyboard.tab();
        keyboard.expectFocusOn("the password", "#vaadinLoginPassword input");
        page.keyboard().type("editor");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Willkommen");

        // the first Tab stop of a page is the skip link, shown while it has the focus
        keyboard.tab();
        keyboard.expectFocusOn("the skip link", "a.skip-link");
        assertThat(page.locator("a.skip-link")).hasText("Zum Inhalt springen");

        // a partner city through the side navigation, where the focus stays; on to the city's card
        keyboard.tabTo("Partnerstädte in the navigation", "vaadin-side-nav-item[path='partner-cities']");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Partnerstädte");
        keyboard.expectFocusOn("Partnerstädte in the navigation", "vaadin-side-nav-item[path='partner-cities']");
        keyboard.tabTo("the card of Cambridge", "a.card-title[href$='/partner-cities/cambridge']");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Cambridge");
        // the link is gone with its page: the focus goes on at the new page's content
        keyboard.expectFocusInContent();
        screenshot("keyboard-cambridge");

        // the header's search (back from the content); Enter opens the search page
        keyboard.shiftTabTo("the search in the header", ".header-search input");
        page.keyboard().type("Goldene Buch");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=Goldene(\\+|%20)Buch.*"));
        assertThat(page.locator(".search-hit").first()).isVisible();

        // back to the skip link, past the navigation to the results, and the news item found
        // the skip link moves the focus within the page: neither the document nor the results are loaded anew (a
        // round trip re-ran the search and replaced the results under the focus on a slow machine)
        keyboard.shiftTabTo("the skip link", "a.skip-link");
        List<String> requests = new CopyOnWriteArrayList<>();
        Consumer<Request> record = request -> requests.add(request.method() + " " + request.url());
        page.onRequest(record);
        page.evaluate("() => window.skipLinkMark = true");
        page.keyboard().press("Enter");
        keyboard.expectFocusInContent();
        page.waitForTimeout(1_000);
        page.offRequest(record);
        assertThat(requests).as("requests after the skip link").isEmpty();
        assertThat(page.evaluate("() => window.skipLinkMark === true"))
                .as("the same document")
                .isEqualTo(true);
        keyboard.tabTo("the result " + NEWS, ".search-hit a[href$='" + NEWS + "']");
        screenshot("keyboard-search");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(portal.url(NEWS));
        assertThat(page.locator("h1")).containsText("Jelenia Góra");
        keyboard.expectFocusInContent();

        // its editor: the English title, then Save at the end of the form
        keyboard.tabTo("the link to the editor", "a.edit-action");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(portal.url("/edit" + NEWS));
        keyboard.expectFocusInContent();
        keyboard.tabTo("the English title", "input[aria-label='Titel – Englisch']");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(NEW_TITLE);
        screenshot("keyboard-editor");
        keyboard.tabTo("Save", "vaadin-button.save");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(portal.url(NEWS));

        // saved: read in English after a reload
        page.navigate(portal.url(NEWS + "?lang=en"));
        assertThat(page.locator("h1")).hasText(NEW_TITLE);
        page.reload();
        assertThat(page.locator("h1")).hasText(NEW_TITLE);
        assertThat(keyboard.stops()).as("Tab stops on the way").isGreaterThan(10);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
