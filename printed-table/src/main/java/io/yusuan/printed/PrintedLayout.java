package io.yusuan.printed;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as the disclosure template prints it, cell by cell: the title over the table, a subtitle under it if any,
 * 部门名称 and 单位, the header rows, the body rows, then the notes under the table. Each row is a list of cells placed
 * by column, a merged cell with its spans; a column covered by a merged cell has no cell of its own. What
 * {@link PrintedWorkbook} and {@link PrintedCsv} render, and nothing else.
 *
 * @param number the table's number ("05", "13"); with {@code name}, the sheet's name
 * @param name the template's name of the table
 * @param title the heading printed above the table
 * @param subtitle the line printed under the heading, or null
 * @param departmentName 部门名称
 * @param unit 金额单位 (万元 or 元)
 * @param width how many columns the table has
 * @param header the header rows, top to bottom (none for a form)
 * @param rows the body rows, top to bottom
 * @param notes the notes printed under the table, each on a line of its own
 * @param wrap whether body texts wrap within their column, each row as high as its longest text (the long
 *     indicator texts of tables 12–13), rather than print on one line with the column fitted to them (01–11)
 */
public record PrintedLayout(String number, String name, String title, String subtitle, String departmentName, String unit,
        int width, List<Row> header, List<Row> rows, List<String> notes, boolean wrap) {

    public PrintedLayout {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** How a row prints: a header row shaded and bold, a total (or subtotal) bold, a body row plain. */
    public enum Style {
        HEADER, TOTAL, BODY
    }

    /** A printed row: its style and its cells, left to right. */
    public record Row(Style style, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Style style, List<Cell> cells) {
            return new Row(style, cells);
        }
    }

    /**
     * A printed cell.
     *
     * @param column its column, from 0
     * @param columns how many columns it is merged across (1 when not merged)
     * @param rows how many rows it is merged down (1 when not merged)
     * @param text its text, or null
     * @param amount its amount in the table's unit, or null
     * @param numeric whether it is an amount's cell (an empty one printed like an amount too)
     * @param indent how many levels its text is indented (a 项 under its unit)
     * @param centred whether its text is centred (合计 as 01–11 print it)
     */
    public record Cell(int column, int columns, int rows, String text, BigDecimal amount, boolean numeric, int indent,
            boolean centred) {

        /** A text cell (an empty one if {@code text} is null). */
        public static Cell text(int column, String text) {
            return new Cell(column, 1, 1, text, null, false, 0, false);
        }

        /** An amount cell (an empty one if {@code amount} is null). */
        public static Cell amount(int column, BigDecimal amount) {
            return new Cell(column, 1, 1, null, amount, true, 0, false);
        }

        /** This cell merged across {@code columns} columns. */
        public Cell across(int columns) {
            return new Cell(column, Math.max(1, columns), rows, text, amount, numeric, indent, centred);
        }

        /** This cell merged down {@code rows} rows. */
        public Cell down(int rows) {
            return new Cell(column, columns, Math.max(1, rows), text, amount, numeric, indent, centred);
        }

        /** This cell's text indented {@code levels} levels. */
        public Cell indented(int levels) {
            return new Cell(column, columns, rows, text, amount, numeric, levels, centred);
        }

        /** This cell's text centred. */
        public Cell centre() {
            return new Cell(column, columns, rows, text, amount, numeric, indent, true);
        }

        /** What the cell prints, as text: an amount as its plain decimal, an empty cell as "". */
        public String printed() {
            return amount != null ? amount.toPlainString() : text == null ? "" : text;
        }
    }
}
