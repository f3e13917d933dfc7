package io.yusuan.budget.table;

import io.yusuan.printed.PrintedCsv;

/**
 * A table as CSV, rendered from its printed layout and nothing else: one header record of the printed columns (a
 * grouped column as 基本支出/人员经费/工资福利支出, an amount column with its unit), then the printed rows in order,
 * then the notes printed under the table, one record each.
 */
public final class TableCsv {

    private TableCsv() {
    }

    public static String of(TableView table) {
        return PrintedCsv.of(TablePrint.of(table), TablePrint.columnNames(table));
    }
}
