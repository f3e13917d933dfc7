package io.yusuan.budget.table;

import io.yusuan.budget.version.VersionStatus;
import io.yusuan.printed.PrintedLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's printed layout (its JSON's {@code printed}) as the shared {@link PrintedLayout} that the XLSX and CSV
 * render: the title with the year (and, for an unpublished version, that it is a draft), the header grid's cells with
 * their spans, every column of every row (names indented by kind, totals bold with their labels centred, texts on one
 * line), then the notes and the source note.
 */
public final class TablePrint {

    private TablePrint() {
    }

    /** The table's printed layout, as its XLSX, its CSV and the disclosure document print it. */
    public static PrintedLayout of(TableView table) {
        TableView.PrintedView printed = table.printed();
        List<TableView.PrintedColumnView> columns = printed.columns();
        List<List<PrintedLayout.Cell>> headerCells = new ArrayList<>();
        for (int row = 0; row < Math.max(1, HeaderGrid.depth(columns)); row++) {
            headerCells.add(new ArrayList<>());
        }
        for (TableView.HeaderCellView header : printed.header()) {
            headerCells.get(header.row()).add(PrintedLayout.Cell.text(header.column(), header.text())
                    .across(header.columnSpan()).down(header.rowSpan()));
        }
        List<PrintedLayout.Row> header = headerCells.stream()
                .map(cells -> PrintedLayout.Row.of(PrintedLayout.Style.HEADER, cells)).toList();

        List<PrintedLayout.Row> rows = new ArrayList<>();
        for (TableView.PrintedRowView line : printed.rows()) {
            TableLayout.RowKind kind = TableLayout.RowKind.valueOf(line.kind());
            boolean total = kind.total();
            List<PrintedLayout.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                TableView.PrintedColumnView column = columns.get(c);
                if (column.amount()) {
                    cells.add(PrintedLayout.Cell.amount(c, line.amounts().get(column.key())));
                } else {
                    String text = line.texts().get(column.key());
                    PrintedLayout.Cell cell = PrintedLayout.Cell.text(c, text);
                    cells.add(total ? cell.centre()
                            : text != null && text.equals(line.label()) ? cell.indented(kind.indent()) : cell);
                }
            }
            rows.add(PrintedLayout.Row.of(total ? PrintedLayout.Style.TOTAL : PrintedLayout.Style.BODY, cells));
        }

        List<String> notes = new ArrayList<>(table.notes());
        if (table.sourceNote() != null) {
            notes.add(table.sourceNote());
        }
        // a sheet of an unpublished version says so, so that a draft is never mistaken for the disclosure
        String title = table.fiscalYear() + "年" + table.printedTitle()
                + (table.status() == VersionStatus.PUBLISHED ? "" : "（" + table.status() + " 草稿，未公开）");
        return new PrintedLayout(table.number(), table.title(), title, null, table.departmentName(), table.unit(),
                Math.max(1, columns.size()), header, rows, notes, false);
    }

    /** Each column's CSV name: its headers joined with "/" (基本支出/人员经费/工资福利支出), an amount's with its unit. */
    static List<String> columnNames(TableView table) {
        return table.printed().columns().stream().map(column -> String.join("/", column.path())
                + (column.amount() ? "（" + table.unit() + "）" : "")).toList();
    }
}
