package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office's memory as the "done when" tries it, in Chromium against the packaged jar: the start page
 * shows staff the coming jubilees and visits; the Jelenia Góra visit of December 2025 is in the register with its
 * Golden Book entry; an editor records a gift to Montpellier and, planning a visit there, sees it; the 2025 activity
 * report opens as a page, a PDF and a spreadsheet in French; the calendar feed parses and validates with ical4j; a
 * partner sees none of it, neither in pages nor in search or the API. Screenshots in {@code target/screenshots/}.
 */
class OfficeMemoryJourneyIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final String JELENIA_GORA = "/visits/jelenia-gora-goldenes-buch-2025";

    private static PortalProcess portal;
    private static Chromium chromium;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        portal = PortalProcess.start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void staffSeeTheComingJubileesAndVisitsAndTheJeleniaGoraVisitWithItsGoldenBookEntry() {
        try (BrowserContext context = german()) {
            Page page = Chromium.signIn(context, portal.url(""), "staff", "staff");
            page.navigate(portal.url("/?lang=de"));
            assertThat(page.locator(".coming-jubilees")).containsText("Kommende Jubiläen");
            assertThat(page.locator(".coming-visits")).containsText("Kommende Besuche");
            screenshot(page, "office-start-staff-de");

            page.navigate(portal.url(JELENIA_GORA + "?lang=de"));
            assertThat(page.locator("h1"))
                    .hasText("Bürgermeister von Jelenia Góra im Rathaus: Eintrag ins Goldene Buch");
            assertThat(page.locator(".golden-book-entry"))
                    .containsText("Eintrag vom 01.12.2025: Jerzy Łużniak, Bürgermeister von Jelenia Góra");
            screenshot(page, "office-visit-jelenia-gora-de");
            page.navigate(portal.url("/golden-book?lang=en"));
            assertThat(page.locator("main")).containsText("Jerzy Łużniak, Bürgermeister von Jelenia Góra");
            page.navigate(portal.url("/visits?lang=fr"));
            assertThat(page.locator("main")).containsText("Le maire de Jelenia Góra à l’hôtel de ville");
            screenshot(page, "office-visits-fr");
        }
    }

    @Test
    void anEditorPlanningAVisitToMontpellierSeesTheGiftGivenThereBefore() {
        try (BrowserContext context = german()) {
            Page page = Chromium.signIn(context, portal.url(""), "editor", "editor");
            page.navigate(portal.url("/edit/gifts/new?lang=de"));
            page.getByLabel("Adresse", new Page.GetByLabelOptions().setExact(true))
                    .fill("stadtansicht-fuer-montpellier");
            page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true))
                    .fill("2.10.2021");
            page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true))
                    .press("Enter");
            page.getByLabel("Von", new Page.GetByLabelOptions().setExact(true))
                    .fill("Oberbürgermeister Eckart Würzner");
            page.getByLabel("An", new Page.GetByLabelOptions().setExact(true)).fill("Stadt Montpellier");
            choose(page, "Partnerstadt", "Montpellier");
            translated(page, "Geschenk").fill("Kupferstich der Heidelberger Altstadt");
            screenshot(page, "office-gift-editor-de");
            page.locator("vaadin-button.save").click();
            assertThat(page).hasURL(portal.url("/gifts/stadtansicht-fuer-montpellier"));

            page.navigate(portal.url("/edit/visits/new?lang=de"));
            assertThat(page.locator(".gifts-given-before")).not().containsText("Kupferstich");
            choose(page, "Partnerstadt", "Montpellier");
            assertThat(page.locator(".gifts-given-before")).containsText("Kupferstich der Heidelberger Altstadt");
            page.getByLabel("Adresse", new Page.GetByLabelOptions().setExact(true))
                    .fill("delegation-nach-montpellier-2027");
            page.getByLabel("Beginn", new Page.GetByLabelOptions().setExact(true))
                    .fill("3.5.2027");
            page.getByLabel("Beginn", new Page.GetByLabelOptions().setExact(true))
                    .press("Enter");
            translated(page, "Titel").fill("Delegation nach Montpellier");
            screenshot(page, "office-visit-planning-de");
            page.locator("vaadin-button.save").click();
            assertThat(page).hasURL(portal.url("/visits/delegation-nach-montpellier-2027"));
            assertThat(page.locator("main")).containsText("Montpellier");
        }
    }

    @Test
    void anEditorRemovesAnAgreementBySlipAndGetsItBack() {
        String name = "Charte de jumelage 1961.pdf";
        try (BrowserContext context = german()) {
            Page page = Chromium.signIn(context, portal.url(""), "editor", "editor");
            page.navigate(portal.url("/partner-cities/montpellier?lang=de"));
            page.locator(".document-upload input[type=file]")
                    .setInputFiles(new FilePayload(
                            name, "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            Locator documents = page.locator(".city-documents");
            assertThat(documents).containsText(name);

            documents.locator(".remove-document").click();
            Locator removedMessage = page.locator(
                    "vaadin-notification-card", new Page.LocatorOptions().setHasText("„" + name + "“ entfernt"));
            assertThat(removedMessage).isVisible();
            assertThat(page.locator(".city-documents")).hasCount(0);
            screenshot(page, "office-document-removed-de");
            removedMessage.locator(".undo-remove").click();
            assertThat(page.locator(".city-documents")).containsText(name);

            page.locator(".city-documents .remove-document").click();
            page.navigate(portal.url("/partner-cities/montpellier?lang=de"));
            Locator removed = page.locator(".removed-documents-box");
            assertThat(removed).containsText("Entfernte Dokumente (1)");
            removed.locator("vaadin-details-summary").click();
            assertThat(removed.locator(".removed-documents")).containsText("entfernt am");
            screenshot(page, "office-documents-removed-list-de");
            removed.locator(".restore-document").click();
            assertThat(page.locator(".city-documents")).containsText(name);
            assertThat(page.locator(".removed-documents-box")).hasCount(0);
        }
    }

    @Test
    void theActivityReportOpensAsAPageAPdfAndASpreadsheetInFrench() throws Exception {
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 1800))) {
            Page page = Chromium.signIn(context, portal.url(""), "staff", "staff");
            page.navigate(portal.url("/reports?year=2025&lang=fr"));
            assertThat(page.locator("main")).containsText("Rapport d'activité 2025");
            assertThat(page.locator(".report-chart")).isVisible();
            screenshot(page, "office-report-2025-fr");

            String pdfAddress =
                    page.locator(".report-downloads a[href*='.pdf']").getAttribute("href");
            APIResponse pdf = context.request().get(portal.url(pdfAddress));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            PdfReader reader = new PdfReader(pdf.body());
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Rapport d'activité 2025");
            reader.close();

            String xlsxAddress =
                    page.locator(".report-downloads a[href*='.xlsx']").getAttribute("href");
            APIResponse xlsx = context.request().get(portal.url(xlsxAddress));
            assertThat(xlsx.status()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(workbook.getSheet("Participants par ville invitée")).isNotNull();
                assertThat(workbook.getSheet("Participants par ville invitée").getLastRowNum())
                        .isPositive();
            }
        }
    }

    @Test
    void theCalendarFeedParsesAndValidatesWithIcal4j() throws Exception {
        HttpResponse<String> feed = get("/feeds/calendar.ics?lang=fr", "staff");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("content-type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(feed.body()).contains("Le maire de Jelenia Góra à l’hôtel de ville");
    }

    @Test
    void aPartnerSeesNoneOfTheOfficesOwnRecords() throws Exception {
        try (BrowserContext context = german()) {
            Page page = Chromium.signIn(context, portal.url(""), "partner", "partner");
            page.navigate(portal.url("/?lang=de"));
            assertThat(page.locator("main")).not().containsText("Kommende Besuche");
            assertThat(page.locator("main")).not().containsText("Kommende Jubiläen");
            assertThat(page.locator("vaadin-side-nav")).not().containsText("Besuche");
            for (String address : new String[] {
                "/visits", JELENIA_GORA, "/gifts", "/golden-book", "/reports?year=2025", "/anniversaries"
            }) {
                page.navigate(portal.url(address + (address.contains("?") ? "&" : "?") + "lang=de"));
                assertThat(page.locator("main")).containsText("Kein Zugriff");
            }
            page.navigate(portal.url("/search?q=%C5%81u%C5%BCniak&lang=de"));
            assertThat(page.locator("main")).containsText("Jelenia Góra");
            assertThat(page.locator("main a[href^='/visits/']")).hasCount(0);
            screenshot(page, "office-partner-search-de");
        }
        HttpResponse<String> api = get("/api/search?q=%C5%81u%C5%BCniak", "partner");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("jelenia-gora-goldenes-buch").doesNotContain("/visits/");
        assertThat(get("/api/search?q=%C5%81u%C5%BCniak", "staff").body()).contains("/visits/");
        assertThat(get("/feeds/calendar.ics?lang=de", "partner").statusCode()).isEqualTo(403);
        assertThat(get("/reports/2025.pdf?lang=de", "partner").statusCode()).isIn(302, 401, 403);
    }

    private BrowserContext german() {
        return chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 1800));
    }

    private static void choose(Page page, String label, String item) {
        Locator box = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        box.fill(item);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item))
                .first()
                .click();
    }

    private static Locator translated(Page page, String label) {
        return page.locator(".translated-field", new Page.LocatorOptions().setHasText(label))
                .first()
                .locator(".translated-column[data-language=de] input");
    }

    private HttpResponse<String> get(String address, String account) throws Exception {
        String basic = Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(portal.url(address)))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
