package io.yusuan.performance.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yusuan.printed.PrintedLayout;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A table as the template prints it: heading, header rows and body rows, each row a list of cells placed by column,
 * with the spans of merged cells. The one layout of a table: its JSON carries it, and its CSV and XLSX are drawn from
 * it and nothing else (through {@link #layout}), so the three never disagree. Made by {@link Table12Layout} and
 * {@link Table13Layout}.
 */
@Schema(name = "PrintedTable", description = "The table as the template prints it, row by row and cell by cell: what the "
        + "CSV and XLSX answers are drawn from. In the XLSX, the title is row 1, then the subtitle (if any), then a row "
        + "with 部门名称 and 单位, then the header rows, then the body rows; a cell's column is its column here.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrintedTable(
        @Schema(description = "Table number.", example = "13", maxLength = 2) String number,
        @Schema(description = "The template's name of the table; with the number, the XLSX sheet's name.",
                example = "部门预算项目绩效目标表", maxLength = 200) String name,
        @Schema(description = "The heading printed above the table.", example = "2022年部门预算项目绩效目标表", maxLength = 200) String title,
        @Schema(description = "The line printed under the heading, if any.", example = "(2022年度)", maxLength = 200) String subtitle,
        @Schema(description = "部门名称.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String departmentName,
        @Schema(description = "金额单位.", example = "万元", maxLength = 8) String unit,
        @Schema(description = "How many columns the table has.", example = "14", minimum = "1", maximum = "14") int width,
        @Schema(description = "The header rows (merged group headers above the headers they group); none for a form "
                + "like table 12.", maxItems = 10) List<Row> header,
        @Schema(description = "The body rows, in printed order.", maxItems = 21000000) List<Row> rows,
        @Schema(description = "The note printed under the table, if any.", maxLength = 2000) String note) {

    /** A table that has a printed layout: what the CSV and XLSX writers write. */
    public interface Printable {
        PrintedTable printed();
    }

    /** The kinds of a row: how it is drawn (a total or subtotal bold, a header shaded). */
    public static final String HEADER = "header";
    public static final String TOTAL = "total";
    public static final String SUBTOTAL = "subtotal";

    /**
     * The table as the shared printed layout that the XLSX and CSV render: a header row shaded, a total or subtotal
     * bold, long texts wrapped within their column.
     */
    static PrintedLayout layout(PrintedTable table) {
        return new PrintedLayout(table.number(), table.name(), table.title(), table.subtitle(), table.departmentName(),
                table.unit(), table.width(), table.header().stream().map(PrintedTable::layout).toList(),
                table.rows().stream().map(PrintedTable::layout).toList(),
                table.note() == null ? List.of() : List.of(table.note()), true);
    }

    private static PrintedLayout.Row layout(Row row) {
        PrintedLayout.Style style = HEADER.equals(row.kind()) ? PrintedLayout.Style.HEADER
                : TOTAL.equals(row.kind()) || SUBTOTAL.equals(row.kind()) ? PrintedLayout.Style.TOTAL
                : PrintedLayout.Style.BODY;
        return PrintedLayout.Row.of(style, row.cells().stream().map(cell -> (cell.amount() != null
                ? PrintedLayout.Cell.amount(cell.column(), cell.amount()) : PrintedLayout.Cell.text(cell.column(), cell.text()))
                .across(cell.columns()).down(cell.rows())).toList());
    }

    @Schema(name = "PrintedRow", description = "A printed row.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(description = "What the row is: header, total (合计), subtotal (a unit's row), project, indicator, "
                    + "or a line of the form (name, goal, task, budget).", example = "subtotal", maxLength = 16) String kind,
            @Schema(description = "The row's cells, left to right; a column covered by a merged cell has none.", maxItems = 14)
            List<Cell> cells) {

        static Row of(String kind, List<Cell> cells) {
            return new Row(kind, List.copyOf(cells));
        }

        /** The cell that starts at {@code column}, or null. */
        public Cell at(int column) {
            return cells.stream().filter(cell -> cell.column() == column).findFirst().orElse(null);
        }
    }

    @Schema(name = "PrintedCell", description = "A printed cell: a text or an amount (an empty cell has neither).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(
            @Schema(description = "Its column, from 0.", example = "2", minimum = "0", maximum = "13") int column,
            @Schema(description = "How many columns it is merged across, when more than one.", example = "4", minimum = "2", maximum = "14") Integer columnSpan,
            @Schema(description = "How many rows it is merged down, when more than one.", example = "3", minimum = "2", maximum = "200") Integer rowSpan,
            @Schema(description = "Its text.", example = "服务窗口数量", maxLength = 20000) String text,
            @Schema(description = "Its amount, in the table's unit.", example = "38.40") BigDecimal amount) {

        static Cell text(int column, String text) {
            return new Cell(column, null, null, text, null);
        }

        static Cell amount(int column, BigDecimal amount) {
            return new Cell(column, null, null, null, amount);
        }

        Cell across(int columns) {
            return new Cell(column, columns > 1 ? columns : null, rowSpan, text, amount);
        }

        Cell down(int rows) {
            return new Cell(column, columnSpan, rows > 1 ? rows : null, text, amount);
        }

        int columns() {
            return columnSpan == null ? 1 : columnSpan;
        }

        int rows() {
            return rowSpan == null ? 1 : rowSpan;
        }

        /** What the cell prints, as text: an amount with two decimals. */
        public String printed() {
            return amount != null ? amount.toPlainString() : text == null ? "" : text;
        }
    }
}
