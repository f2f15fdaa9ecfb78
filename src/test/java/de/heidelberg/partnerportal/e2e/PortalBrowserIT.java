package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A person in a real browser against the packaged portal: signs in through the form, finds their
 * navigation, switches languages, meets the error pages. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private PortalProcess portal;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;
    /** What the browser refused for the Content-Security-Policy, on any page of the test: must stay empty. */
    private final List<String> refusedByThePolicy = new java.util.concurrent.CopyOnWriteArrayList<>();

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
                    .setPath(SCREENSHOTS.resolve(
                            "last-" + test.getTestMethod().orElseThrow().getName() + ".png")));
        }
        if (context != null) {
            context.close();
        }
        assertThat(refusedByThePolicy).as("Content-Security-Policy violations").isEmpty();
    }

    /** First, while no account has chosen a language yet: the browser's language decides. */
    @Test
    @Order(1)
    void aPartnerWithAFrenchBrowserReadsMontpellierAndItsNews() {
        open("fr-FR");
        page.navigate(portal.url("/"));
        signIn("partner", "partner");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Villes partenaires"))
                .click();
        assertThat(page.locator("h1")).hasText("Villes partenaires");
        assertThat(page.locator("main")).containsText("8 jumelages actifs, 1 en sommeil · 2 relations d'amitié");
        page.locator("a.card-title", new Page.LocatorOptions().setHasText("Montpellier"))
                .click();
        assertThat(page).hasURL(portal.url("/partner-cities/montpellier"));
        assertThat(page.locator("h1")).hasText("Montpellier");
        assertThat(page.locator(".facts")).containsText("1961");
        assertThat(page.locator(".breadcrumbs")).containsText("Villes partenaires");
        screenshot("partner-fr-montpellier");

        page.locator(".news-teaser a").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/news/.+"));
        assertThat(page.locator("main")).containsText("Montpellier");
        assertThat(page.locator("h1 .fallback, h1.fallback")).hasCount(0);
        screenshot("partner-fr-news");
    }

    @Test
    void staffBrowseCitiesNetworksAndContacts() {
        signInInGerman("staff");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Partnerstädte"))
                .click();
        page.locator("a.card-title", new Page.LocatorOptions().setHasText("Cambridge"))
                .click();
        assertThat(page.locator("h1")).hasText("Cambridge");
        assertThat(page.locator(".focus-areas")).containsText("Jugendaustausch");
        screenshot("staff-cambridge");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Netzwerke"))
                .click();
        assertThat(page.locator("main")).containsText("Themenspezifische Netzwerke");
        page.locator("a.card-title", new Page.LocatorOptions().setHasText("Energy Cities"))
                .click();
        assertThat(page.locator(".timeline")).containsText("2006–2023");
        screenshot("staff-energy-cities");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Ansprechpersonen"))
                .click();
        assertThat(page.locator("main")).containsText("Anna Seitz");
        assertThat(page.locator("main")).containsText("Frühere Ansprechpersonen");
        assertThat(page.locator("a.vcard-link").first())
                .hasAttribute("href", java.util.regex.Pattern.compile("/api/contacts/.+\\.vcf"));
        screenshot("staff-contacts");

        page.navigate(portal.url("/news?city=montpellier"));
        assertThat(page.locator(".news-teaser").first()).isVisible();
        screenshot("staff-news-montpellier");
    }

    @Test
    void anEditorChangesAnEnglishTitleThatAPartnerThenReadsAndFinds() {
        signInInGerman("editor");
        page.navigate(portal.url("/news/jelenia-gora-goldenes-buch"));
        page.locator("a.edit-action").click();
        assertThat(page).hasURL(portal.url("/edit/news/jelenia-gora-goldenes-buch"));
        var title = page.locator(".translated-field").first();
        assertThat(title.locator(".translated-column[data-language=en] .translation-state"))
                .hasText("aktuell");
        title.locator(".translated-column[data-language=en] input")
                .fill("Jelenia Góra signs the Golden Book, a carillon plays");
        var body = page.locator(".translated-field").nth(2);
        body.locator(".translated-column[data-language=en] textarea")
                .fill("Welcome. <script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\">");
        assertThat(body.locator(".translated-column[data-language=en] .markdown-preview"))
                .containsText("Welcome.");
        screenshot("editor-news");
        page.locator("vaadin-button.save").click();
        assertThat(page).hasURL(portal.url("/news/jelenia-gora-goldenes-buch"));
        page.navigate(portal.url("/translations?lang=fr"));
        assertThat(page.locator("h1")).hasText("Traductions");
        screenshot("editor-translations-fr");

        open("en-GB");
        page.navigate(portal.url("/login?lang=en"));
        signIn("partner", "partner");
        page.navigate(portal.url("/news/jelenia-gora-goldenes-buch?lang=en"));
        assertThat(page.locator("h1")).hasText("Jelenia Góra signs the Golden Book, a carillon plays");
        assertThat(page.locator(".markdown")).containsText("Welcome.");
        assertThat(page.locator(".markdown script")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.pwned === true"))
                .isEqualTo(false);
        assertThat(page.locator("a.edit-action")).hasCount(0);
        page.navigate(portal.url("/search?q=carillon&lang=en"));
        assertThat(page.locator(".search-hit").first()).containsText("carillon");
        screenshot("partner-en-search-after-edit");
    }

    @Test
    void anEditorChangesCambridgesEnglishDescriptionThatAPartnerThenReadsAndFinds() {
        signInInGerman("editor");
        page.navigate(portal.url("/partner-cities/cambridge"));
        page.locator("a.edit-action").click();
        assertThat(page).hasURL(portal.url("/edit/partner-cities/cambridge"));
        var english = page.locator(".translated-field").nth(3).locator(".translated-column[data-language=en] textarea");
        english.fill(english.inputValue() + "\n\nPunting on the Cam is part of every youth exchange.");
        page.locator("vaadin-button.save").click();
        assertThat(page).hasURL(portal.url("/partner-cities/cambridge"));

        open("en-GB");
        page.navigate(portal.url("/login?lang=en"));
        signIn("partner", "partner");
        page.navigate(portal.url("/partner-cities/cambridge?lang=en"));
        assertThat(page.locator("main")).containsText("Punting on the Cam is part of every youth exchange.");
        page.navigate(portal.url("/search?q=punting&lang=en"));
        assertThat(page.locator(".search-hit").first()).containsText("Cambridge");
        screenshot("partner-en-cambridge-search");
    }

    @Test
    void aSecondEditorsStaleSaveIsRefusedWithAnExplanationAndLosesNothing() {
        String editor = "/edit/programmes/international-summer-science-school";
        signInInGerman("editor");
        page.navigate(portal.url(editor));
        Page first = page;
        BrowserContext secondContext = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800));
        try {
            Page second = secondContext.newPage();
            second.navigate(portal.url("/login?lang=de"));
            second.locator("#vaadinLoginUsername input").fill("admin");
            second.locator("#vaadinLoginPassword input").fill("admin");
            second.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(second.locator("vaadin-app-layout")).isVisible();
            second.navigate(portal.url(editor));
            assertThat(second.locator(".edit-marks")).containsText("editor");

            // the administrator saves a new German summary first
            var summary =
                    second.locator(".translated-field").nth(1).locator(".translated-column[data-language=de] textarea");
            summary.fill(summary.inputValue() + " Jedes Jahr im Juli.");
            second.locator("vaadin-button.save").click();
            assertThat(second).hasURL(portal.url("/programmes/international-summer-science-school"));

            // the editor, still on the version before, changes the English title and saves
            first.locator(".translated-field")
                    .first()
                    .locator(".translated-column[data-language=en] input")
                    .fill("International Summer Science School Heidelberg");
            first.locator("vaadin-button.save").click();
            var conflict = first.getByRole(AriaRole.ALERTDIALOG);
            assertThat(conflict).containsText("Inzwischen geändert");
            assertThat(conflict).containsText("admin hat diesen Eintrag gespeichert");
            assertThat(conflict).containsText("Kurzbeschreibung");
            screenshot("editor-stale-save");

            // nothing of the refused save reached readers; saving over it keeps both changes
            second.navigate(portal.url("/programmes/international-summer-science-school?lang=en"));
            assertThat(second.locator("h1")).hasText("International Summer Science School");
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meine Fassung darüber speichern"))
                    .click();
            assertThat(first).hasURL(portal.url("/programmes/international-summer-science-school"));
            second.reload();
            assertThat(second.locator("h1")).hasText("International Summer Science School Heidelberg");
            second.navigate(portal.url("/programmes/international-summer-science-school?lang=de"));
            assertThat(second.locator("main")).containsText("Jedes Jahr im Juli.");
        } finally {
            secondContext.close();
        }
    }

    @Test
    void anEditorUploadsAnImageThatAPartnerSeesWithItsFrenchDescription() throws Exception {
        Path png = Files.createTempFile("bridge", ".png");
        Files.write(png, de.heidelberg.partnerportal.TestImages.png(320, 200));
        signInInGerman("editor");
        page.navigate(portal.url("/edit/news/gurs-gedenken-2021"));
        page.locator("vaadin-upload.image-upload input[type=file]").setInputFiles(png);
        assertThat(page.locator("img.image-preview")).isVisible();
        var alt = page.locator(".translated-field")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bildbeschreibung"));
        alt.locator(".translated-column[data-language=de] input").fill("Ein rotes Quadrat");
        alt.locator(".translated-column[data-language=en] input").fill("A red square");
        alt.locator(".translated-column[data-language=fr] input").fill("Un carré rouge");
        screenshot("editor-news-image");
        page.locator("vaadin-button.save").click();
        assertThat(page).hasURL(portal.url("/news/gurs-gedenken-2021"));

        open("fr-FR");
        page.navigate(portal.url("/login?lang=fr"));
        signIn("partner", "partner");
        page.navigate(portal.url("/news/gurs-gedenken-2021?lang=fr"));
        var image = page.locator("img.news-image");
        assertThat(image).hasAttribute("alt", "Un carré rouge");
        page.waitForFunction("() => document.querySelector('img.news-image').naturalWidth === 320");
        screenshot("partner-fr-news-image");
    }

    @Test
    void aTranslatorInMontpellierChangesAFrenchTitleAndNothingElse() {
        open("fr-FR");
        page.navigate(portal.url("/login?lang=fr"));
        signIn("translator", "translator");
        page.navigate(portal.url("/news/montpellier-weinmesse-2021?lang=fr"));
        page.locator("a.edit-action").click();
        assertThat(page).hasURL(portal.url("/edit/news/montpellier-weinmesse-2021"));
        var title = page.locator(".translated-field").first();
        assertThat(title.locator(".translated-column[data-language=de] vaadin-text-field"))
                .hasAttribute("readonly", "");
        assertThat(title.locator(".translated-column[data-language=en] vaadin-text-field"))
                .hasAttribute("readonly", "");
        assertThat(page.locator("vaadin-button.trash")).hasCount(0);
        assertThat(page.locator(".editor")).not().containsText("Note interne");
        title.locator(".translated-column[data-language=fr] input")
                .fill("Un salon des vins pour les 60 ans du jumelage Heidelberg–Montpellier");
        screenshot("translator-fr-editor");
        page.locator("vaadin-button.save").click();
        assertThat(page).hasURL(portal.url("/translations"));
        page.navigate(portal.url("/news/montpellier-weinmesse-2021?lang=fr"));
        assertThat(page.locator("h1")).hasText("Un salon des vins pour les 60 ans du jumelage Heidelberg–Montpellier");
    }

    @Test
    void theHeaderSearchSuggestsPagesAndOpensTheSearchPage() {
        signInInGerman("staff");
        page.locator(".header-search input").fill("Kumam");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Kumamoto"))
                .first()
                .click();
        assertThat(page).hasURL(portal.url("/partner-cities/kumamoto"));
        assertThat(page.locator("h1")).hasText("Kumamoto");

        page.locator(".header-search input").fill("Einbuergerung");
        page.locator(".header-search input").press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/search\\?q=Einbuergerung.*"));
        assertThat(page.locator(".search-hit").first()).containsText("Einbürgerungsurkunde");
        screenshot("search-einbuergerung");

        page.locator(".search-page vaadin-text-field input").fill("Weinmesse");
        page.locator(".search-page vaadin-text-field input").press("Enter");
        assertThat(page.locator(".search-hit mark").first()).hasText("Weinmesse");

        // a typo: found on the second pass, the snippet marks the word as the text spells it
        page.locator(".search-page vaadin-text-field input").fill("Kumamto");
        page.locator(".search-page vaadin-text-field input").press("Enter");
        assertThat(page.locator(".search-summary")).containsText("(ähnliche Schreibweise)");
        assertThat(page.locator(".search-hit").first()).containsText("Kumamoto");
        assertThat(page.locator(".search-hit mark").first()).hasText("Kumamoto");
        screenshot("search-typo-kumamto");
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

    /** The office's own records in the navigation: city staff only. */
    private static final String[] STAFF_RECORDS = {"Besuche", "Geschenke", "Jubiläen", "Tätigkeitsbericht"};

    @Test
    void eachDemoAccountSeesItsOwnNavigation() {
        for (String account : List.of("admin", "editor", "staff", "partner", "translator")) {
            signInInGerman(account);
            assertThat(page.locator("h1")).containsText("Willkommen");
            List<String> navigation = page.locator("vaadin-side-nav-item").allInnerTexts().stream()
                    .map(String::strip)
                    .toList();
            assertThat(navigation)
                    .startsWith("Start", "Partnerstädte", "Netzwerke", "Ansprechpersonen", "Aktuelles", "Programme");
            switch (account) {
                case "admin" ->
                    assertThat(navigation)
                            .endsWith(
                                    "Suchanalyse",
                                    "Übersetzungen",
                                    "Papierkorb",
                                    "Benutzerverwaltung",
                                    "API-Tokens",
                                    "Anmeldesperren",
                                    "Postausgang",
                                    "Suchindex",
                                    "Änderungsprotokoll",
                                    "Datensicherung")
                            .contains(STAFF_RECORDS)
                            .hasSize(16 + STAFF_RECORDS.length);
                case "editor" ->
                    assertThat(navigation)
                            .endsWith("Suchanalyse", "Übersetzungen", "Papierkorb")
                            .contains(STAFF_RECORDS)
                            .hasSize(9 + STAFF_RECORDS.length);
                case "translator" ->
                    assertThat(navigation)
                            .endsWith("Programme", "Übersetzungen")
                            .hasSize(7);
                case "staff" -> assertThat(navigation).contains(STAFF_RECORDS).hasSize(6 + STAFF_RECORDS.length);
                default -> assertThat(navigation).doesNotContain(STAFF_RECORDS).hasSize(6);
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
                .setLocale("de-DE")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
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
        context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale(browserLanguage).setViewportSize(1280, 800));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByThePolicy.add(page.url() + ": " + message.text());
            }
        });
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
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
