package de.heidelberg.partnerportal.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.news.NewsSummary;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import de.heidelberg.partnerportal.visit.VisitSummary;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The activity report as a PDF (OpenPDF) in the reader's language. The text is set in DejaVu Sans, embedded from
 * the classpath ({@code fonts/}, licence beside it), so that every accent and every name prints ("Jerzy Łużniak"),
 * not only what the PDF standard fonts (Latin-1) can show.
 */
@Component
public class ReportPdf {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF7);

    private final ReportTexts texts;
    private final Clock clock;
    private final byte[] regular;
    private final byte[] bold;

    ReportPdf(ReportTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.regular = resource(REGULAR);
        this.bold = resource(BOLD);
    }

    public String contentType() {
        return "application/pdf";
    }

    public void write(ActivityReport report, OutputStream out) {
        Locale locale = report.locale();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            Fonts fonts = new Fonts(
                    BaseFont.createFont(REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null),
                    BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null));
            String title = texts.title(report.scope(), locale);
            document.addTitle(title);
            document.addCreator(texts.text("app.name", locale));
            document.setDocumentLanguage(locale.getLanguage());
            document.open();
            document.add(new Paragraph(title, fonts.title()));
            document.add(new Paragraph(
                    texts.text(
                            "report.generated",
                            locale,
                            texts.date(LocalDate.now(clock.withZone(LocalizedFormats.ZONE)), locale)),
                    fonts.small()));
            document.add(new Paragraph(texts.text("report.rules", locale), fonts.small()));

            heading(document, texts.text("report.section.figures", locale), fonts);
            PdfPTable figures = table(new float[] {3, 1});
            texts.figures(report.figures(), locale).forEach(figure -> {
                figures.addCell(cell(figure.label(), fonts.body()));
                figures.addCell(number(figure.value(), locale, fonts.body()));
            });
            document.add(figures);

            visits(document, texts.text("report.section.visits", locale), report.visits(), locale, fonts);
            if (!report.cancelled().isEmpty()) {
                visits(document, texts.text("report.section.cancelled", locale), report.cancelled(), locale, fonts);
            }
            countries(document, report, fonts);
            participants(document, report, fonts);
            programmes(document, report.programmes(), locale, fonts);
            news(document, report.news(), locale, fonts);
            document.close();
        } catch (DocumentException | IOException failed) {
            throw new IllegalStateException("The report's PDF could not be written", failed);
        }
    }

    private void visits(Document document, String title, List<VisitSummary> visits, Locale locale, Fonts fonts)
            throws DocumentException {
        heading(document, title, fonts);
        if (visits.isEmpty()) {
            document.add(new Paragraph(texts.text("report.none", locale), fonts.body()));
            return;
        }
        PdfPTable table = table(new float[] {2.2f, 4, 1.6f, 2.2f, 1.2f});
        header(
                table,
                fonts,
                texts.text("report.column.date", locale),
                texts.text("report.column.visit", locale),
                texts.text("report.column.direction", locale),
                texts.text("report.column.partner", locale),
                texts.text("report.column.participants", locale));
        for (VisitSummary visit : visits) {
            table.addCell(cell(texts.period(visit, locale), fonts.body()));
            table.addCell(cell(visit.title().text(), fonts.body()));
            table.addCell(cell(texts.direction(visit, locale), fonts.body()));
            table.addCell(cell(texts.partner(visit), fonts.body()));
            table.addCell(number(visit.participants(), locale, fonts.body()));
        }
        document.add(table);
    }

    private void countries(Document document, ActivityReport report, Fonts fonts) throws DocumentException {
        Locale locale = report.locale();
        heading(document, texts.text("report.section.countries", locale), fonts);
        if (report.countries().isEmpty()) {
            document.add(new Paragraph(texts.text("report.none", locale), fonts.body()));
            return;
        }
        PdfPTable table = table(new float[] {4, 1.5f, 1.5f, 1.5f});
        header(
                table,
                fonts,
                texts.text("report.column.country", locale),
                texts.text("report.column.named", locale),
                texts.text("report.column.others", locale),
                texts.text("report.column.total", locale));
        for (CountryCount country : report.countries()) {
            table.addCell(cell(country.name(), fonts.body()));
            table.addCell(number(country.named(), locale, fonts.body()));
            table.addCell(number(country.others(), locale, fonts.body()));
            table.addCell(number(country.total(), locale, fonts.body()));
        }
        document.add(table);
    }

    private void participants(Document document, ActivityReport report, Fonts fonts) throws DocumentException {
        Locale locale = report.locale();
        heading(document, texts.text("report.section.participants", locale), fonts);
        if (report.participants().isEmpty()) {
            document.add(new Paragraph(texts.text("report.none", locale), fonts.body()));
            return;
        }
        PdfPTable table = table(new float[] {2, 2.4f, 2.2f, 1.6f, 3, 1.8f});
        header(
                table,
                fonts,
                texts.text("report.column.town", locale),
                texts.text("report.column.name", locale),
                texts.text("report.column.function", locale),
                texts.text("report.column.country", locale),
                texts.text("report.column.visit", locale),
                texts.text("report.column.date", locale));
        for (Participant person : report.participants()) {
            table.addCell(cell(Objects.requireNonNullElse(person.town(), "–"), fonts.body()));
            table.addCell(cell(person.name(), fonts.body()));
            table.addCell(cell(Objects.requireNonNullElse(person.function(), ""), fonts.body()));
            table.addCell(cell(Objects.requireNonNullElse(person.country(), ""), fonts.body()));
            table.addCell(cell(person.visit().title().text(), fonts.body()));
            table.addCell(cell(texts.date(person.visit().startDate(), locale), fonts.body()));
        }
        document.add(table);
    }

    private void programmes(Document document, List<ProgrammeView> programmes, Locale locale, Fonts fonts)
            throws DocumentException {
        heading(document, texts.text("report.section.programmes", locale), fonts);
        if (programmes.isEmpty()) {
            document.add(new Paragraph(texts.text("report.none", locale), fonts.body()));
        }
        for (ProgrammeView programme : programmes) {
            document.add(new Paragraph("• " + programme.title().text(), fonts.body()));
        }
    }

    private void news(Document document, List<NewsSummary> news, Locale locale, Fonts fonts) throws DocumentException {
        heading(document, texts.text("report.section.news", locale), fonts);
        if (news.isEmpty()) {
            document.add(new Paragraph(texts.text("report.none", locale), fonts.body()));
        }
        for (NewsSummary item : news) {
            String date = item.date() == null ? String.valueOf(item.year()) : texts.date(item.date(), locale);
            document.add(new Paragraph(date + " · " + item.title().text(), fonts.body()));
        }
    }

    private static void heading(Document document, String text, Fonts fonts) throws DocumentException {
        Paragraph heading = new Paragraph(text, fonts.heading());
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, Fonts fonts, String... labels) {
        for (String label : labels) {
            PdfPCell cell = cell(label, fonts.bold());
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell number(int value, Locale locale, Font font) {
        PdfPCell cell = cell(ReportTexts.number(value, locale), font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The document's fonts, made from the embedded DejaVu Sans for each document. */
    private record Fonts(BaseFont regularFace, BaseFont boldFace) {

        Font title() {
            return new Font(boldFace, 17);
        }

        Font heading() {
            return new Font(boldFace, 12.5f);
        }

        Font body() {
            return new Font(regularFace, 9);
        }

        Font bold() {
            return new Font(boldFace, 9);
        }

        Font small() {
            return new Font(regularFace, 8);
        }
    }
}
