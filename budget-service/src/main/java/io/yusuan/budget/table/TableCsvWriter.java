package io.yusuan.budget.table;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/** A table as {@code text/csv} ({@link TableCsv}), UTF-8: what a resource returning a table answers to {@code Accept: text/csv}. */
@Provider
@Produces(TableCsvWriter.MEDIA_TYPE)
public class TableCsvWriter extends TableWriter<TableView> {

    public static final String MEDIA_TYPE = "text/csv";

    /** The Content-Type sent: the CSV is UTF-8, said so for the spreadsheets that would guess otherwise. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    public TableCsvWriter() {
        super(TableView.class);
    }

    @Override
    byte[] render(TableView table) {
        return TableCsv.of(table).getBytes(StandardCharsets.UTF_8);
    }
}
