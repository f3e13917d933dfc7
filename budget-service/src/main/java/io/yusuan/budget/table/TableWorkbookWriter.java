package io.yusuan.budget.table;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;

/** A table, or a {@link TableSet}, as an XLSX workbook ({@link TableWorkbook}): a sheet per table. */
@Provider
@Produces(TableWorkbook.MEDIA_TYPE)
public class TableWorkbookWriter extends TableWriter<Object> {

    public TableWorkbookWriter() {
        super(TableView.class, TableSet.class);
    }

    @Override
    byte[] render(Object tables) {
        return tables instanceof TableSet set ? TableWorkbook.of(set.tables()) : TableWorkbook.of((TableView) tables);
    }
}
