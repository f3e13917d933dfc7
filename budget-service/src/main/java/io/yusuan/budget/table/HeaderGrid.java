package io.yusuan.budget.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed header of a table, from its columns' header paths: a header shared by neighbouring columns is one
 * cell over them (基本支出 over its five), and a column's own header reaches down to the last header row.
 */
final class HeaderGrid {

    private HeaderGrid() {
    }

    static int depth(List<TableView.PrintedColumnView> columns) {
        return columns.stream().mapToInt(column -> column.path().size()).max().orElse(0);
    }

    static List<TableView.HeaderCellView> of(List<TableView.PrintedColumnView> columns) {
        int depth = depth(columns);
        List<TableView.HeaderCellView> cells = new ArrayList<>();
        for (int row = 0; row < depth; row++) {
            int column = 0;
            while (column < columns.size()) {
                List<String> path = columns.get(column).path();
                if (path.size() <= row) {
                    column++;
                    continue;
                }
                int span = 1;
                boolean own = path.size() == row + 1;
                while (!own && column + span < columns.size()
                        && sharesHeader(columns.get(column + span).path(), path, row)) {
                    span++;
                }
                cells.add(new TableView.HeaderCellView(path.get(row), row, column, span, own ? depth - row : 1));
                column += span;
            }
        }
        return cells;
    }

    /** Whether a column lies under the same header, down to {@code row}, without it being its own. */
    private static boolean sharesHeader(List<String> other, List<String> path, int row) {
        return other.size() > row + 1 && other.subList(0, row + 1).equals(path.subList(0, row + 1));
    }
}
