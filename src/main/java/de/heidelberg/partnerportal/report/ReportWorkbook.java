package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The activity report as a spreadsheet (.xlsx, Apache POI) in the reader's language: one sheet of figures (key
 * figures, visits per month, participants by country, the visits) and one of the participants per invited town,
 * grouped by the people's own town with name, function, country, visit and date, as funding programmes ask for
 * participant lists. Dates are real date cells (ISO format), numbers real numbers.
 */
@Component
public class ReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportTexts texts;

    ReportWorkbook(ReportTexts texts) {
        this.texts = texts;
    }

    public void write(ActivityReport report, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            figures(workbook.createSheet(sheetName("report.sheet.figures", report)), report, styles);
            participants(workbook.createSheet(sheetName("report.sheet.participants", report)), report, styles);
            workbook.write(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void figures(Sheet sheet, ActivityReport report, Styles styles) {
        Locale locale = report.locale();
        Rows rows = new Rows(sheet);
        rows.text(styles.title(), texts.title(report.scope(), locale));
        rows.text(null, texts.text("report.rules", locale));
        rows.skip();
        rows.text(styles.bold(), texts.text("report.section.figures", locale));
        texts.figures(report.figures(), locale).forEach(figure -> {
            Row row = rows.next();
            row.createCell(0).setCellValue(figure.label());
            row.createCell(1).setCellValue(figure.value());
        });

        rows.skip();
        rows.header(
                styles,
                texts.text("report.column.month", locale),
                texts.text("report.direction.INCOMING", locale),
                texts.text("report.direction.OUTGOING", locale));
        int[] incoming = report.visitsPerMonth(VisitDirection.INCOMING);
        int[] outgoing = report.visitsPerMonth(VisitDirection.OUTGOING);
        List<String> months = ReportTexts.months(locale);
        for (int month = 0; month < 12; month++) {
            Row row = rows.next();
            row.createCell(0).setCellValue(months.get(month));
            row.createCell(1).setCellValue(incoming[month]);
            row.createCell(2).setCellValue(outgoing[month]);
        }

        rows.skip();
        rows.header(
                styles,
                texts.text("report.column.country", locale),
                texts.text("report.column.named", locale),
                texts.text("report.column.others", locale),
                texts.text("report.column.total", locale));
        for (CountryCount country : report.countries()) {
            Row row = rows.next();
            row.createCell(0).setCellValue(country.name());
            row.createCell(1).setCellValue(country.named());
            row.createCell(2).setCellValue(country.others());
            row.createCell(3).setCellValue(country.total());
        }

        rows.skip();
        rows.text(styles.bold(), texts.text("report.section.visits", locale));
        visits(rows, report.visits(), locale, styles);
        if (!report.cancelled().isEmpty()) {
            rows.skip();
            rows.text(styles.bold(), texts.text("report.section.cancelled", locale));
            visits(rows, report.cancelled(), locale, styles);
        }
        for (int column = 0; column < 7; column++) {
            sheet.setColumnWidth(column, column == 0 ? 40 * 256 : 18 * 256);
        }
    }

    private void visits(Rows rows, List<VisitSummary> visits, Locale locale, Styles styles) {
        rows.header(
                styles,
                texts.text("report.column.visit", locale),
                texts.text("report.column.start", locale),
                texts.text("report.column.end", locale),
                texts.text("report.column.direction", locale),
                texts.text("report.column.state", locale),
                texts.text("report.column.partner", locale),
                texts.text("report.column.participants", locale));
        for (VisitSummary visit : visits) {
            Row row = rows.next();
            row.createCell(0).setCellValue(visit.title().text());
            styles.date(row.createCell(1), visit.startDate());
            styles.date(row.createCell(2), visit.endDate());
            row.createCell(3).setCellValue(texts.direction(visit, locale));
            row.createCell(4).setCellValue(texts.state(visit, locale));
            row.createCell(5).setCellValue(texts.partner(visit));
            row.createCell(6).setCellValue(visit.participants());
        }
    }

    private void participants(Sheet sheet, ActivityReport report, Styles styles) {
        Locale locale = report.locale();
        Rows rows = new Rows(sheet);
        rows.header(
                styles,
                texts.text("report.column.town", locale),
                texts.text("report.column.name", locale),
                texts.text("report.column.function", locale),
                texts.text("report.column.country", locale),
                texts.text("report.column.visit", locale),
                texts.text("report.column.date", locale));
        sheet.createFreezePane(0, 1);
        String unknownTown = texts.text("report.town.unknown", locale);
        @Nullable String town = null;
        for (Participant person : report.participants()) {
            String personTown = Objects.requireNonNullElse(person.town(), unknownTown);
            if (!personTown.equals(town)) {
                town = personTown;
                String shown = town;
                long count = report.participants().stream()
                        .filter(other -> shown.equals(Objects.requireNonNullElse(other.town(), unknownTown)))
                        .count();
                rows.text(styles.bold(), texts.text("report.town.heading", locale, town, count));
            }
            Row row = rows.next();
            row.createCell(0).setCellValue(personTown);
            row.createCell(1).setCellValue(person.name());
            row.createCell(2).setCellValue(Objects.requireNonNullElse(person.function(), ""));
            row.createCell(3).setCellValue(Objects.requireNonNullElse(person.country(), ""));
            row.createCell(4).setCellValue(person.visit().title().text());
            styles.date(row.createCell(5), person.visit().startDate());
        }
        int[] widths = {22, 26, 26, 18, 40, 14};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    private String sheetName(String key, ActivityReport report) {
        return WorkbookUtil.createSafeSheetName(texts.text(key, report.locale()));
    }

    /** Writes rows one after the other. */
    private static final class Rows {

        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        void skip() {
            next++;
        }

        void text(@Nullable CellStyle style, String text) {
            Cell cell = next().createCell(0);
            cell.setCellValue(text);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        void header(Styles styles, String... labels) {
            Row row = next();
            for (int column = 0; column < labels.length; column++) {
                Cell cell = row.createCell(column);
                cell.setCellValue(labels[column]);
                cell.setCellStyle(styles.bold());
            }
        }
    }

    /** The workbook's few cell styles, made once per workbook. */
    private static final class Styles {

        private final CellStyle title;
        private final CellStyle bold;
        private final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        CellStyle title() {
            return title;
        }

        CellStyle bold() {
            return bold;
        }

        void date(Cell cell, LocalDate value) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
