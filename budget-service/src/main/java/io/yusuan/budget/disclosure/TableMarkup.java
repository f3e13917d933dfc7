package io.yusuan.budget.disclosure;

import io.yusuan.budget.disclosure.DocumentTable.Block;
import io.yusuan.budget.disclosure.DocumentTable.BodyRow;
import io.yusuan.budget.disclosure.DocumentTable.Cell;
import io.yusuan.budget.disclosure.DocumentTable.HeaderCell;
import io.yusuan.budget.table.TableView;
import io.yusuan.printed.PrintedLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out a table for printing from the shared printed layout ({@link PrintedLayout}: rows of cells placed by
 * column, merged cells with their spans): tables 01–11 from the one layout their XLSX and CSV print too, tables 12
 * and 13 as performance-service lays them out.
 */
final class TableMarkup {

    /** More columns than this and the table is set in a smaller type to fit the A4 width. */
    private static final int WIDE = 8;

    private TableMarkup() {
    }

    /**
     * A table 01 to 11 as its one printed layout ({@link io.yusuan.budget.table.TablePrint#of}, which its XLSX and CSV
     * print too): the header grid with its merged cells, then the rows cell by cell. What the layout does not carry
     * is read from the table's {@code printed} it was drawn from: each row's kind (a total, a unit's subtotal...), and
     * which text cell heads each side of a row (the one printing the row's label, else its name, else its first text).
     *
     * @param layout {@code TablePrint.of(table)}
     * @param table the table the layout was drawn from
     */
    static DocumentTable of(PrintedLayout layout, TableView table, String numeral) {
        String caption = table.fiscalYear() + " 年" + table.printedTitle();
        List<TableView.PrintedColumnView> columns = table.printed().columns();
        int width = Math.max(layout.width(), 1);
        List<List<HeaderCell>> header = new ArrayList<>();
        for (List<PrintedLayout.Cell> row : placed(layout.header(), width)) {
            header.add(row.stream().map(cell -> new HeaderCell(cell.printed(), cell.columns(), cell.rows(),
                    cell.columns() > 1 ? "colgroup" : "col", cell.columns() > 1 ? "group"
                            : cell.column() < columns.size() && columns.get(cell.column()).amount() ? "amount" : "name"))
                    .toList());
        }
        List<BodyRow> body = new ArrayList<>();
        for (int r = 0; r < layout.rows().size(); r++) {
            TableView.PrintedRowView row = table.printed().rows().get(r);
            Set<Integer> rowHeaders = rowHeaders(columns, row);
            List<Cell> cells = new ArrayList<>();
            for (PrintedLayout.Cell cell : layout.rows().get(r).cells()) {
                String key = columns.get(cell.column()).key();
                cells.add(cell.numeric() ? new Cell(amount(cell.amount()), false, "amount")
                        : new Cell(cell.printed(), rowHeaders.contains(cell.column()),
                                key.toLowerCase(Locale.ROOT).contains("code") ? "code" : "name"));
            }
            body.add(new BodyRow(row.kind() == null ? ""
                    : "kind-" + row.kind().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), cells));
        }
        Block block = new Block(caption, header, body, columns.size() > WIDE);
        return new DocumentTable(table.number(), numeral, table.title(), caption, null, layout.unit(),
                List.of(block), layout.notes(), null);
    }

    /**
     * The columns whose cell heads a row, one for each side (01 and 04 print two in a row): the text cell printing
     * the row's label, else its name, else its first text.
     */
    private static Set<Integer> rowHeaders(List<TableView.PrintedColumnView> columns, TableView.PrintedRowView row) {
        Map<String, Integer> bySide = new HashMap<>();
        for (int preference = 0; preference < 3; preference++) {
            for (int c = 0; c < columns.size(); c++) {
                TableView.PrintedColumnView column = columns.get(c);
                String side = Objects.requireNonNullElse(column.side(), "rows");
                String value = row.texts().get(column.key());
                if (column.amount() || value == null || value.isEmpty() || bySide.containsKey(side)) {
                    continue;
                }
                if (preference == 2 || preference == 0 && value.equals(row.label())
                        || preference == 1 && column.key().toLowerCase(Locale.ROOT).contains("name")) {
                    bySide.put(side, c);
                }
            }
        }
        return new HashSet<>(bySide.values());
    }

    /** Two decimals as the template prints them; an absent amount is a blank cell. */
    private static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A table in the shared printed layout (tables 12 and 13 as performance-service lays them out), generically: its
     * header rows with their merged cells, its body rows cell by cell with the spans of merged cells (a column that
     * has no cell of its own and that no merged cell covers prints empty), a header line within the body in header
     * cells, and the row headers: in a table with header rows the columns whose header runs down all of them (13's
     * 单位编码 and 项目单位), in a form without header rows (12) the first column.
     *
     * @param title the template's title, as the contents list names the table
     */
    static DocumentTable of(PrintedLayout layout, String numeral, String title, int year) {
        String printedTitle = Objects.requireNonNullElse(layout.title(), title);
        String caption = year + " 年" + (printedTitle.startsWith(year + "年") ? printedTitle.substring(5) : printedTitle);
        int width = Math.max(layout.width(), 1);
        Set<Integer> rowHeaders = new HashSet<>();
        if (layout.header().isEmpty()) {
            rowHeaders.add(0);
        } else {
            for (PrintedLayout.Cell cell : layout.header().get(0).cells()) {
                if (cell.rows() >= layout.header().size() && cell.columns() == 1) {
                    rowHeaders.add(cell.column());
                }
            }
        }
        List<List<HeaderCell>> header = new ArrayList<>();
        for (List<PrintedLayout.Cell> row : placed(layout.header(), width)) {
            header.add(row.stream().map(cell -> new HeaderCell(cell.printed(), cell.columns(), cell.rows(),
                    cell.columns() > 1 ? "colgroup" : "col", cell.columns() > 1 ? "group" : "name")).toList());
        }
        List<BodyRow> body = new ArrayList<>();
        List<List<PrintedLayout.Cell>> rows = placed(layout.rows(), width);
        for (int r = 0; r < rows.size(); r++) {
            PrintedLayout.Style style = layout.rows().get(r).style();
            List<Cell> cells = new ArrayList<>();
            for (PrintedLayout.Cell cell : rows.get(r)) {
                String text = cell.amount() != null
                        ? cell.amount().setScale(Math.max(2, cell.amount().scale()), RoundingMode.HALF_UP).toPlainString()
                        : cell.printed();
                String scope = style == PrintedLayout.Style.HEADER ? cell.columns() > 1 ? "colgroup" : "col"
                        : !cell.numeric() && !text.isEmpty() && rowHeaders.contains(cell.column()) ? "row" : null;
                cells.add(new Cell(text, scope != null, cell.numeric() ? "amount" : "text", scope, cell.columns(),
                        cell.rows()));
            }
            body.add(new BodyRow(switch (style) {
                case HEADER -> "kind-header";
                case TOTAL -> "kind-total";
                case BODY -> "";
            }, cells));
        }
        Block block = new Block(caption, header, body, width > WIDE);
        return new DocumentTable(layout.number(), numeral, title, caption, layout.subtitle(), layout.unit(),
                List.of(block), layout.notes(), null);
    }

    /**
     * Each row's cells left to right as HTML places them, the merged ones cut to the table: a column covered by a merged cell of a row above (or to the
     * left) gets nothing, and a column neither covered nor given a cell gets an empty cell, so that every cell after
     * it stays in its column.
     */
    private static List<List<PrintedLayout.Cell>> placed(List<PrintedLayout.Row> rows, int width) {
        List<List<PrintedLayout.Cell>> placed = new ArrayList<>();
        Map<Integer, Integer> coveredUntil = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, PrintedLayout.Cell> byColumn = new HashMap<>();
            rows.get(r).cells().forEach(cell -> byColumn.putIfAbsent(cell.column(), cell));
            List<PrintedLayout.Cell> line = new ArrayList<>();
            for (int c = 0; c < width; ) {
                if (coveredUntil.getOrDefault(c, -1) >= r) {
                    c++;
                    continue;
                }
                PrintedLayout.Cell cell = byColumn.get(c);
                if (cell == null) {
                    line.add(PrintedLayout.Cell.text(c, null));
                    c++;
                    continue;
                }
                int columns = Math.min(cell.columns(), width - c);
                int down = Math.min(cell.rows(), rows.size() - r);
                for (int k = c; k < c + columns; k++) {
                    coveredUntil.put(k, r + down - 1);
                }
                line.add(cell.across(columns).down(down));
                c += columns;
            }
            placed.add(line);
        }
        return placed;
    }

    /**
     * Table 12 or 13 where performance-service did not give it: its title, why it is not printed here, and where
     * performance-service publishes it.
     */
    static DocumentTable external(String number, String numeral, String title, int year, String why, String url) {
        return new DocumentTable(number, numeral, title, year + " 年" + title, null, null, List.of(),
                List.of(why + "本表由绩效目标服务（performance-service）发布，见 " + url + " 。"), url);
    }
}
