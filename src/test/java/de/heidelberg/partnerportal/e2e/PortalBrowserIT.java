package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * A person in a real browser against the packaged portal: signs in through the form, finds their
 * navigation, switches languages, meets the error pages. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private PortalProcess portal;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start();
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @AfterEach
    void closePage(TestInfo test) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("last-" + test.getTestMethod().orElseThrow().getName() + ".png")));
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theLoginPageFollowsTheBrowsersLanguage() {
        open("de-DE");
        page.navigate(portal.url("/"));
        assertThat(page).hasURL(portal.url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("vaadin-login-form")).containsText("Anmelden");
        screenshot("login-de");

        open("fr-FR");
        page.navigate(portal.url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("vaadin-login-form")).containsText("Connexion");
        assertThat(page.locator(".login-title")).hasText("Portail des villes partenaires");
        screenshot("login-fr");

        open("ja-JP");
        page.navigate(portal.url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
    }

    @Test
    void theLanguageSwitcherOnTheLoginPageIsRemembered() {
        open("de-DE");
        page.navigate(portal.url("/login"));
        page.locator(".language-switcher a[hreflang='en']").click();
        assertThat(page).hasURL(portal.url("/login?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        screenshot("login-en");

        page.navigate(portal.url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        signIn("staff", "staff");
        assertThat(page.locator("h1")).containsText("Welcome, Demo Staff");
    }

    @Test
    void eachDemoAccountSeesItsOwnNavigation() {
        for (String account : List.of("admin", "editor", "staff", "partner")) {
            signInInGerman(account);
            assertThat(page.locator("h1")).containsText("Willkommen");
            List<String> navigation = page.locator("vaadin-side-nav-item").allInnerTexts().stream()
                    .map(String::strip).toList();
            if (account.equals("admin")) {
                assertThat(navigation).containsExactly("Start", "Benutzerverwaltung");
            } else {
                assertThat(navigation).containsExactly("Start");
            }
            screenshot("start-" + account);
            context.close();
        }
    }

    @Test
    void theStartPageReadsInEnglishAndFrench() {
        open("de-DE");
        page.navigate(portal.url("/"));
        signIn("editor", "editor");
        page.locator(".language-switcher a[hreflang='en']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText("Welcome, Demo Editor");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        screenshot("start-en");

        page.locator(".language-switcher a[hreflang='fr']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).containsText("Bienvenue, Demo Editor");
        screenshot("start-fr");

        page.navigate(portal.url("/"));
        assertThat(page.locator("h1")).containsText("Bienvenue");

        // remembered for the user: a new browser with German settings still gets French
        open("de-DE");
        page.navigate(portal.url("/"));
        signIn("editor", "editor");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).containsText("Bienvenue, Demo Editor");
        page.navigate(portal.url("/?lang=de"));
        assertThat(page.locator("h1")).containsText("Willkommen, Demo Editor");
    }

    @Test
    void userAdministrationWorksForAdminAndIsRefusedToOthers() {
        open("de-DE");
        page.navigate(portal.url("/admin/users?lang=de"));
        signIn("admin", "admin");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/users.*"));
        assertThat(page.locator("h1")).hasText("Benutzerverwaltung");
        assertThat(page.locator("vaadin-grid")).containsText("partner");
        screenshot("admin-users");
        context.close();

        signInInGerman("editor");
        Response refused = page.navigate(portal.url("/admin/users"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Kein Zugriff");
        screenshot("access-denied");
    }

    @Test
    void anUnknownAddressAnswers404WithATranslatedPage() {
        open("en-GB");
        page.navigate(portal.url("/"));
        signIn("staff", "staff");
        Response response = page.navigate(portal.url("/no/such/page?lang=en"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        screenshot("not-found-en");
    }

    @Test
    void thePortalFitsAPhone() {
        context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.navigate(portal.url("/login?lang=de"));
        screenshot("phone-login");
        signIn("admin", "admin");
        assertThat(page.locator("h1")).containsText("Willkommen");
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        screenshot("phone-start");
    }

    @Test
    void signingOutEndsTheSession() {
        signInInGerman("staff");
        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        page.getByText("Abmelden").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(portal.url("/"));
        assertThat(page).hasURL(portal.url("/login"));
    }

    private void open(String browserLanguage) {
        if (context != null) {
            context.close();
        }
        context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale(browserLanguage).setViewportSize(1280, 800));
        page = context.newPage();
    }

    /** A German browser on the German login page; the account's password is its name. */
    private void signInInGerman(String account) {
        open("de-DE");
        page.navigate(portal.url("/login?lang=de"));
        signIn(account, account);
    }

    private void signIn(String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
