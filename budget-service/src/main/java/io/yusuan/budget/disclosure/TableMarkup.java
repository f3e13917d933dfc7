package io.yusuan.budget.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import io.yusuan.budget.disclosure.DocumentTable.Block;
import io.yusuan.budget.disclosure.DocumentTable.BodyRow;
import io.yusuan.budget.disclosure.DocumentTable.Cell;
import io.yusuan.budget.disclosure.DocumentTable.HeaderCell;
import io.yusuan.printed.PrintedLayout;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays out a table for printing, generically. Tables 12 and 13 come from performance-service in the shared printed
 * layout ({@link PrintedLayout}: rows of cells placed by column, merged cells with their spans). A table of
 * budget-service's table service is laid out generically too: whatever sections, columns (with
 * their groups), rows and notes the table has. It reads the table as its JSON representation, the contract every
 * other rendering (CSV, XLSX, the API) is also built on, so that a field the table gains (a row's {@code label} and
 * {@code kind}, {@code printedInSource}, a list of {@code notes}) is printed when present without this class
 * having to follow the table package's Java types.
 */
final class TableMarkup {

    /** More columns than this and the table is set in a smaller type to fit the A4 width. */
    private static final int WIDE = 8;

    private TableMarkup() {
    }

    /** A column before the amounts: code, name, category, paired government code. */
    private record Lead(String header, String group, Function<JsonNode, String> text, boolean rowHeader,
            String css) {
    }

    /** A table 01 to 11 as served by the table service ({@code TableView} as JSON). */
    static DocumentTable of(JsonNode table, String numeral, int year) {
        String number = text(table, "number");
        String title = text(table, "title");
        String caption = year + " 年" + Objects.requireNonNullElse(text(table, "printedTitle"), title);
        List<Block> blocks = new ArrayList<>();
        JsonNode printed = table.path("printed");
        if (printed.path("columns").isArray() && printed.path("rows").isArray() && printed.path("header").isArray()) {
            blocks.add(printed(caption, printed));
        } else {
            JsonNode sections = table.path("sections");
            for (JsonNode section : sections) {
                String sectionTitle = text(section, "title");
                String blockCaption = sections.size() > 1 && sectionTitle != null
                        ? caption + "（" + sectionTitle + "）" : caption;
                blocks.add(block(blockCaption, section));
            }
        }
        List<String> notes = new ArrayList<>();
        if (text(table, "note") != null) {
            notes.add(text(table, "note"));
        }
        for (JsonNode note : table.path("notes")) {
            String value = note.isTextual() ? note.asText() : text(note, "text");
            if (value != null && !notes.contains(value)) {
                notes.add(value);
            }
        }
        if (text(table, "sourceNote") != null) {
            notes.add(text(table, "sourceNote"));
        } else if (table.path("printedInSource").isBoolean() && !table.path("printedInSource").asBoolean()) {
            notes.add("本表列于源文件目录，但源文件未印制；此处按模板给出。");
        }
        return new DocumentTable(number, numeral, title, caption, null, text(table, "unit"), blocks, notes, null);
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

    /**
     * The table as the table service lays it out for print ({@code printed}): its header grid cell by cell with
     * their spans, and its rows in print order with their labels and kinds; 01 and 04 print both sides in one grid.
     */
    private static Block printed(String caption, JsonNode printed) {
        List<JsonNode> columns = new ArrayList<>();
        printed.path("columns").forEach(columns::add);
        List<List<HeaderCell>> header = new ArrayList<>();
        List<JsonNode> cells = new ArrayList<>();
        printed.path("header").forEach(cells::add);
        cells.sort(Comparator.comparingInt((JsonNode cell) -> cell.path("row").asInt())
                .thenComparingInt(cell -> cell.path("column").asInt()));
        for (JsonNode cell : cells) {
            int row = cell.path("row").asInt();
            while (header.size() <= row) {
                header.add(new ArrayList<>());
            }
            int span = Math.max(1, cell.path("columnSpan").asInt(1));
            boolean amount = span == 1 && cell.path("column").asInt() < columns.size()
                    && columns.get(cell.path("column").asInt()).path("amount").asBoolean();
            header.get(row).add(new HeaderCell(Objects.requireNonNullElse(text(cell, "text"), ""), span,
                    Math.max(1, cell.path("rowSpan").asInt(1)), span > 1 ? "colgroup" : "col",
                    span > 1 ? "group" : amount ? "amount" : "name"));
        }
        List<BodyRow> body = new ArrayList<>();
        for (JsonNode row : printed.path("rows")) {
            String label = text(row, "label");
            // the row header of each side: the cell printing the row's label, else its name, else its first text
            Map<String, String> rowHeader = new HashMap<>();
            for (int preference = 0; preference < 3; preference++) {
                for (JsonNode column : columns) {
                    String side = Objects.requireNonNullElse(text(column, "side"), "rows");
                    String key = text(column, "key");
                    String value = text(row.path("texts"), key);
                    if (column.path("amount").asBoolean() || value == null || rowHeader.containsKey(side)) {
                        continue;
                    }
                    if (preference == 2 || preference == 0 && value.equals(label)
                            || preference == 1 && key.toLowerCase(Locale.ROOT).contains("name")) {
                        rowHeader.put(side, key);
                    }
                }
            }
            List<Cell> line = new ArrayList<>();
            for (JsonNode column : columns) {
                String key = text(column, "key");
                if (column.path("amount").asBoolean()) {
                    line.add(new Cell(amount(row.path("amounts").path(key)), false, "amount"));
                } else {
                    String value = Objects.requireNonNullElse(text(row.path("texts"), key), "");
                    boolean isHeader = key.equals(rowHeader.get(Objects.requireNonNullElse(text(column, "side"), "rows")));
                    line.add(new Cell(value, isHeader, key.toLowerCase(Locale.ROOT).contains("code") ? "code" : "name"));
                }
            }
            String kind = text(row, "kind");
            body.add(new BodyRow(kind == null ? "" : "kind-" + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                    line));
        }
        return new Block(caption, header, body, columns.size() > WIDE);
    }

    private static Block block(String caption, JsonNode section) {
        JsonNode rows = section.path("rows");
        List<Lead> leads = leads(rows);
        List<JsonNode> columns = new ArrayList<>();
        section.path("columns").forEach(columns::add);

        boolean grouped = leads.stream().anyMatch(lead -> lead.group() != null)
                || columns.stream().anyMatch(column -> text(column, "group") != null);
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> bottom = new ArrayList<>();
        List<String[]> headers = new ArrayList<>();
        leads.forEach(lead -> headers.add(new String[] {lead.header(), lead.group(), lead.css()}));
        columns.forEach(column -> headers.add(new String[] {text(column, "header"), text(column, "group"), "amount"}));
        for (int i = 0; i < headers.size(); ) {
            String group = headers.get(i)[1];
            if (group == null) {
                top.add(new HeaderCell(headers.get(i)[0], 1, grouped ? 2 : 1, "col", headers.get(i)[2]));
                i++;
                continue;
            }
            int end = i;
            while (end < headers.size() && group.equals(headers.get(end)[1])) {
                bottom.add(new HeaderCell(headers.get(end)[0], 1, 1, "col", headers.get(end)[2]));
                end++;
            }
            top.add(new HeaderCell(group, end - i, 1, "colgroup", "group"));
            i = end;
        }
        List<List<HeaderCell>> header = grouped ? List.of(top, bottom) : List.of(top);

        List<BodyRow> body = new ArrayList<>();
        boolean totalRow = false;
        boolean thisYearRow = false;
        for (JsonNode row : rows) {
            String kind = text(row, "kind");
            String label = text(row, "label");
            totalRow |= "total".equals(kind) || "合计".equals(label);
            thisYearRow |= label != null && label.contains("本年收入合计");
            body.add(row(leads, columns, row, css(row)));
        }
        boolean totalFirst = "rows".equals(text(section, "key"));
        if (!totalRow && section.path("total").isObject()) {
            BodyRow total = total(leads, columns, "合计", section.path("total"));
            if (totalFirst) {
                body.add(0, total);
            } else {
                if (!thisYearRow && section.path("thisYear").isObject()) {
                    body.add(total(leads, columns, "本年收入合计", section.path("thisYear")));
                }
                body.add(total);
            }
        }
        return new Block(caption, header, body, headers.size() > WIDE);
    }

    private static List<Lead> leads(JsonNode rows) {
        boolean codes = printedCodes(rows);
        boolean categories = any(rows, "category");
        List<Lead> leads = new ArrayList<>();
        if (any(rows, "governmentCode")) {
            String department = "部门预算支出经济分类科目";
            String government = "政府预算支出经济分类科目";
            leads.add(new Lead("科目编码", department, row -> labelled(row) ? null : text(row, "code"), false, "code"));
            leads.add(new Lead("科目名称", department, TableMarkup::name, true, "name"));
            leads.add(new Lead("科目编码", government, row -> text(row, "governmentCode"), false, "code"));
            leads.add(new Lead("科目名称", government, row -> text(row, "governmentName"), false, "name"));
            return leads;
        }
        if (categories) {
            leads.add(new Lead("类型", null, row -> text(row, "category"), false, "category"));
        }
        if (codes) {
            leads.add(new Lead("编码", null, row -> labelled(row) ? null : text(row, "code"), false, "code"));
        }
        leads.add(new Lead(codes ? "名称" : "项目", null, TableMarkup::name, true, "name"));
        return leads;
    }

    private static BodyRow row(List<Lead> leads, List<JsonNode> columns, JsonNode row, String css) {
        List<Cell> cells = new ArrayList<>();
        for (Lead lead : leads) {
            cells.add(new Cell(Objects.requireNonNullElse(lead.text().apply(row), ""), lead.rowHeader(), lead.css()));
        }
        for (JsonNode column : columns) {
            cells.add(new Cell(amount(row.path("values").path(text(column, "key"))), false, "amount"));
        }
        return new BodyRow(css, cells);
    }

    private static BodyRow total(List<Lead> leads, List<JsonNode> columns, String label, JsonNode values) {
        List<Cell> cells = new ArrayList<>();
        for (Lead lead : leads) {
            cells.add(new Cell(lead.rowHeader() ? label : "", lead.rowHeader(), lead.css()));
        }
        for (JsonNode column : columns) {
            cells.add(new Cell(amount(values.path(text(column, "key"))), false, "amount"));
        }
        return new BodyRow("total", cells);
    }

    /** The printed name: the template's label where the row has one (其中：财政拨款, 本年收入合计), else its name. */
    private static String name(JsonNode row) {
        return labelled(row) ? text(row, "label") : text(row, "name");
    }

    private static boolean labelled(JsonNode row) {
        return text(row, "label") != null;
    }

    /** {@code level-N}, and {@code kind-K} for a row of a kind (total, subtotal, unit, ...). */
    private static String css(JsonNode row) {
        String css = "level-" + row.path("level").asInt(0);
        String kind = text(row, "kind");
        if (kind != null) {
            css += " kind-" + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
        return css;
    }

    /** Two decimals as the template prints them; an absent amount is a blank cell. */
    static String amount(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return value.asText();
    }

    /**
     * Whether the rows' codes are printed: classification, unit and project codes are (they have digits); the keys of
     * template rows (revenue sources such as FISCAL_GENERAL_PUBLIC) are not, the template prints their names only.
     */
    private static boolean printedCodes(JsonNode rows) {
        boolean any = false;
        for (JsonNode row : rows) {
            String code = text(row, "code");
            if (code != null && !labelled(row)) {
                if (!code.matches(".*[0-9].*")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean any(JsonNode rows, String field) {
        for (JsonNode row : rows) {
            if (text(row, field) != null) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }
}
