package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.web.ErrorAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activity report as files, for city staff on their browser session (the page links them; not on the API's
 * chain): {@code /reports/2024.pdf?lang=fr&city=montpellier}, {@code /reports/2024.xlsx?network=energy-cities}.
 * The language is {@code ?lang=}, else the browser's. A year that is no year answers 400, an unknown city or network
 * 404, each with the portal's translated error page; partner-city colleagues are refused (403) by the security
 * configuration and again by the service.
 */
@Controller
class ReportFileController {

    static final String PDF = "/reports/{year}.pdf";
    static final String XLSX = "/reports/{year}.xlsx";

    private final ReportService reports;
    private final ReportTexts texts;
    private final ReportPdf pdf;
    private final ReportWorkbook workbook;
    private final Readers readers;
    private final SupportedLanguages languages;

    ReportFileController(
            ReportService reports,
            ReportTexts texts,
            ReportPdf pdf,
            ReportWorkbook workbook,
            Readers readers,
            SupportedLanguages languages) {
        this.reports = reports;
        this.texts = texts;
        this.pdf = pdf;
        this.workbook = workbook;
        this.readers = readers;
        this.languages = languages;
    }

    @GetMapping(PDF)
    void pdf(
            @PathVariable String year,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestParam(name = "city", required = false) @Nullable String city,
            @RequestParam(name = "network", required = false) @Nullable String network,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        send(new ReportRequest(year, city, network), lang, "pdf", pdf.contentType(), pdf::write, request, response);
    }

    @GetMapping(XLSX)
    void xlsx(
            @PathVariable String year,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestParam(name = "city", required = false) @Nullable String city,
            @RequestParam(name = "network", required = false) @Nullable String network,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        send(
                new ReportRequest(year, city, network),
                lang,
                "xlsx",
                ReportWorkbook.CONTENT_TYPE,
                workbook::write,
                request,
                response);
    }

    private void send(
            ReportRequest asked,
            @Nullable String lang,
            String extension,
            String contentType,
            BiConsumer<ActivityReport, OutputStream> writer,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Locale locale = languages
                .find(lang)
                .orElseGet(() -> languages.bestMatch(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        Reader reader = readers.current(locale);
        ActivityReport report;
        try {
            report = reports.report(asked, reader);
        } catch (ReportException refused) {
            new ErrorAnswer(
                            refused.status() == HttpServletResponse.SC_NOT_FOUND ? "not_found" : "bad_request",
                            refused.messageKey(),
                            refused.parameters())
                    .send(request, response, refused.status());
            return;
        }
        // written completely before the answer starts, so a failure is still an error page and not half a file
        ByteArrayOutputStream file = new ByteArrayOutputStream(64 * 1024);
        writer.accept(report, file);
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(texts.fileName(report.scope(), locale, extension), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }
}
