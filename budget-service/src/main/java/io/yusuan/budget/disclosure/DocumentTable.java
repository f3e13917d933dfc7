package io.yusuan.budget.disclosure;

import java.util.List;

/**
 * One of the thirteen tables of 第二部分, laid out for printing: its title and header lines, and one HTML table per
 * block (01 and 04 have a 收入 and a 支出 block).
 *
 * @param number "01" to "13"
 * @param numeral its number as the contents list prints it (一 to 十三)
 * @param title the template's title (部门收支预算表)
 * @param caption the printed title with the year (2022 年部门收支预算表)
 * @param subtitle the line printed under the title (12's "(2022年度)"), or null
 * @param unit 金额单位 (万元), or null for a table printed elsewhere
 * @param blocks the HTML tables; empty for a table 12 or 13 that performance-service did not give
 * @param notes the notes printed under the table
 * @param publishedAt for a table 12 or 13 not printed here: where performance-service publishes it; else null
 */
public record DocumentTable(String number, String numeral, String title, String caption, String subtitle, String unit,
        List<Block> blocks, List<String> notes, String publishedAt) {

    /** The anchor the contents list links to. */
    public String anchor() {
        return "table-" + number;
    }

    /** Whether the table is not printed here: performance-service publishes it, and did not give it. */
    public boolean external() {
        return publishedAt != null;
    }

    /**
     * One HTML table.
     *
     * @param caption its caption: the table's printed title, with the block's title (收入, 支出) where it has several
     * @param header the header rows, top to bottom (none for a form such as table 12)
     * @param rows the body rows
     * @param wide whether it has many columns, printed in a smaller type
     */
    public record Block(String caption, List<List<HeaderCell>> header, List<BodyRow> rows, boolean wide) {
    }

    /** A header cell: {@code scope} is col for a column's own header, colgroup for a header above several. */
    public record HeaderCell(String text, int colspan, int rowspan, String scope, String css) {
    }

    /** A body row; {@code css} marks totals, subtotals and levels. */
    public record BodyRow(String css, List<Cell> cells) {
    }

    /**
     * A body cell: the row's name is its header cell ({@code <th scope="row">}); a header line within the body (table
     * 12's 一级指标 | 二级指标 | …) has header cells of scope col. A merged cell spans columns or rows.
     */
    public record Cell(String text, boolean header, String css, String scope, int colspan, int rowspan) {

        /** A cell of one column and row; a header cell is its row's. */
        public Cell(String text, boolean header, String css) {
            this(text, header, css, header ? "row" : null, 1, 1);
        }
    }
}
