package io.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.yusuan.printed.PrintedLayout;
import java.math.BigDecimal;
import java.util.List;

/**
 * Table 12 or 13 as performance-service answers it in JSON, as far as the disclosure document reads it: the table's
 * {@code printed} layout (performance-service's {@code PrintedTable}), row by row and cell by cell. Every other field
 * of the answer is performance-service's own and ignored here, so that it can grow without breaking this reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PerformanceTable(Printed printed) {

    /** performance-service's {@code PrintedTable}: the heading, the header rows, the body rows, the note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Printed(String number, String name, String title, String subtitle, String departmentName, String unit,
            int width, List<Row> header, List<Row> rows, String note) {
    }

    /** A printed row: what it is (header, total, subtotal, project, indicator, a line of the form) and its cells. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(String kind, List<Cell> cells) {
    }

    /** A printed cell placed by column, with the spans of a merged cell; a text or an amount (or neither). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cell(int column, Integer columnSpan, Integer rowSpan, String text, BigDecimal amount) {
    }

    /**
     * The table as the shared printed layout, as performance-service itself converts it for its XLSX and CSV: a
     * header row shaded, a total or a unit's subtotal bold, long texts wrapped.
     */
    PrintedLayout layout() {
        if (printed == null) {
            throw new IllegalStateException("performance-service's table has no printed layout");
        }
        return new PrintedLayout(printed.number(), printed.name(), printed.title(), printed.subtitle(),
                printed.departmentName(), printed.unit(), printed.width(), rows(printed.header()), rows(printed.rows()),
                printed.note() == null ? List.of() : List.of(printed.note()), true);
    }

    private static List<PrintedLayout.Row> rows(List<Row> rows) {
        return rows == null ? List.of() : rows.stream().map(PerformanceTable::row).toList();
    }

    private static PrintedLayout.Row row(Row row) {
        PrintedLayout.Style style = "header".equals(row.kind()) ? PrintedLayout.Style.HEADER
                : "total".equals(row.kind()) || "subtotal".equals(row.kind()) ? PrintedLayout.Style.TOTAL
                : PrintedLayout.Style.BODY;
        List<Cell> cells = row.cells() == null ? List.of() : row.cells();
        return PrintedLayout.Row.of(style, cells.stream().map(cell -> (cell.amount() != null
                ? PrintedLayout.Cell.amount(cell.column(), cell.amount()) : PrintedLayout.Cell.text(cell.column(), cell.text()))
                .across(cell.columnSpan() == null ? 1 : cell.columnSpan())
                .down(cell.rowSpan() == null ? 1 : cell.rowSpan())).toList());
    }
}
