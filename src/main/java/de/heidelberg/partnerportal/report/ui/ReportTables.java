package de.heidelberg.partnerportal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** Plain HTML tables for the report's page: read by screen readers as tables, printed as they are shown. */
final class ReportTables {

    private ReportTables() {}

    /** A table with a caption and column headers; cells are text or components (links). */
    static NativeTable table(String caption, List<String> headers, List<List<?>> rows, int firstNumberColumn) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (int column = 0; column < headers.size(); column++) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(headers.get(column));
            cell.getElement().setAttribute("scope", "col");
            if (column >= firstNumberColumn) {
                cell.addClassName("number");
            }
        }
        for (List<?> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                Component content = value instanceof Component component ? component : new Text(String.valueOf(value));
                if (column == 0) {
                    NativeTableHeaderCell cell = row.addHeaderCell();
                    cell.getElement().setAttribute("scope", "row");
                    cell.add(content);
                } else {
                    NativeTableCell cell = row.addDataCell();
                    cell.add(content);
                    if (column >= firstNumberColumn) {
                        cell.addClassName("number");
                    }
                }
            }
        }
        return table;
    }
}
