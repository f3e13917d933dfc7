package io.yusuan.printed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link PrintedLayout} as CSV (RFC 4180): one header record naming each column, then one record per printed row,
 * each cell in its column and the columns a merged cell covers left empty, then the notes, one record each.
 */
public final class PrintedCsv {

    private PrintedCsv() {
    }

    /** With each column named by the header cells over it (see {@link #header}); no header record for a form. */
    public static String of(PrintedLayout table) {
        return of(table, table.header().isEmpty() ? null : header(table));
    }

    /** With the columns named as given (or no header record if null). */
    public static String of(PrintedLayout table, List<String> columnNames) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            if (columnNames != null) {
                csv.printRecord(columnNames);
            }
            for (PrintedLayout.Row row : table.rows()) {
                String[] record = new String[table.width()];
                Arrays.fill(record, "");
                row.cells().forEach(cell -> record[cell.column()] = cell.printed());
                csv.printRecord((Object[]) record);
            }
            for (String note : table.notes()) {
                csv.printRecord(note);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Each column's name: the header cells over it, top to bottom, joined with "/" (项目金额(万元)/资金总额,
     * 绩效目标/成本指标/三级指标), a text repeated under itself once.
     */
    public static List<String> header(PrintedLayout table) {
        List<String> names = new ArrayList<>();
        for (int column = 0; column < table.width(); column++) {
            List<String> path = new ArrayList<>();
            for (PrintedLayout.Row row : table.header()) {
                for (PrintedLayout.Cell cell : row.cells()) {
                    boolean over = column >= cell.column() && column < cell.column() + cell.columns();
                    if (over && !cell.printed().isEmpty()
                            && (path.isEmpty() || !path.get(path.size() - 1).equals(cell.printed()))) {
                        path.add(cell.printed());
                    }
                }
            }
            names.add(String.join("/", path));
        }
        return names;
    }
}
