package io.yusuan.budget.table;

import io.yusuan.printed.PrintedWorkbook;
import java.util.List;

/** Tables as an XLSX workbook, a sheet each, every sheet laid out from the table's printed layout ({@link TablePrint}). */
public final class TableWorkbook {

    public static final String MEDIA_TYPE = PrintedWorkbook.MEDIA_TYPE;

    private TableWorkbook() {
    }

    /** One table, as a workbook of one sheet. */
    public static byte[] of(TableView table) {
        return of(List.of(table));
    }

    /** Tables as one workbook, a sheet each, in the order given. */
    public static byte[] of(List<TableView> tables) {
        return PrintedWorkbook.of(tables.stream().map(TablePrint::of).toList());
    }
}
