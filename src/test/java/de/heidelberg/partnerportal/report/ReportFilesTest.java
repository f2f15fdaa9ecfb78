package de.heidelberg.partnerportal.report;

import static de.heidelberg.partnerportal.report.ReportFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report's files over HTTP, signed in through the login form: the PDF opens and is in French with every name,
 * the spreadsheet opens with its participant sheet, bad input gets a translated page, partners get nothing.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportFilesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private ReportFixture fixture;

    @BeforeEach
    void visitsOfTheYear() {
        fixture = new ReportFixture(context).create();
    }

    @AfterEach
    void removeThem() {
        fixture.remove();
    }

    @Test
    void thePdfOpensInFrenchWithAccentsAndPolishNames() throws Exception {
        HttpResponse<byte[]> answer = get(signedIn("staff"), "/reports/" + YEAR + ".pdf?lang=fr&city=montpellier");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("rapport-d-activite-" + YEAR + "-montpellier.pdf");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        PdfReader pdf = new PdfReader(answer.body());
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString())
                .contains("Rapport d'activité " + YEAR + " – Montpellier")
                .contains("Participants par pays", "Chiffres clés")
                .contains("Jerzy Łużniak", "Jelenia Góra", "Pologne")
                .contains("Délégation de Montpellier")
                .contains("Visites annulées (non comptées)");
    }

    @Test
    void theSpreadsheetOpensWithTheFiguresAndTheParticipantsPerInvitedTown() throws Exception {
        HttpResponse<byte[]> answer = get(signedIn("editor"), "/reports/" + YEAR + ".xlsx?lang=fr&city=montpellier");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("rapport-d-activite-" + YEAR + "-montpellier.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Chiffres");
            assertThat(rows(workbook.getSheetAt(0)))
                    .anySatisfy(row -> assertThat(row).startsWith("Visites", "2"));
            Sheet participants = workbook.getSheet("Participants par ville invitée");
            assertThat(participants).isNotNull();
            assertThat(rows(participants).getFirst())
                    .containsExactly("Ville d'origine", "Nom", "Fonction", "Pays", "Visite", "Date");
            assertThat(rows(participants))
                    .contains(List.of("Jelenia Góra : 1 personnes"))
                    .contains(List.of(
                            "Jelenia Góra",
                            "Jerzy Łużniak",
                            "Bürgermeister",
                            "Pologne",
                            "Délégation de Montpellier",
                            "2037-03-10"));
            Row lastPerson = participants.getRow(participants.getLastRowNum());
            assertThat(lastPerson.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(YEAR, 3, 10));
        }
    }

    @Test
    void badInputGetsATranslatedPageNeverAServerError() throws Exception {
        HttpClient staff = signedIn("staff");
        HttpResponse<byte[]> noYear = get(staff, "/reports/20x7.pdf?lang=fr");
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(new String(noYear.body(), StandardCharsets.UTF_8))
                .contains("Veuillez indiquer une année entre 1900 et 2999.");

        HttpResponse<byte[]> noCity = get(staff, "/reports/" + YEAR + ".xlsx?lang=de&city=atlantis");
        assertThat(noCity.statusCode()).isEqualTo(404);
        assertThat(noCity.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(new String(noCity.body(), StandardCharsets.UTF_8))
                .contains("Die Partnerstadt „atlantis“ gibt es nicht.");

        assertThat(get(staff, "/reports/" + YEAR + ".pdf?city=montpellier&network=energy-cities")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get(staff, "/reports/99999.pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void partnerCityColleaguesGetNoFileAndAnonymousCallersAreSentToSignIn() throws Exception {
        HttpClient partner = signedIn("partner");
        assertThat(get(partner, "/reports/" + YEAR + ".pdf?lang=fr").statusCode())
                .isEqualTo(403);
        assertThat(get(partner, "/reports/" + YEAR + ".xlsx").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> anonymous = get(client(), "/reports/" + YEAR + ".pdf");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient client = client();
        HttpBrowser.signIn(client, base(), user, user, false);
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
