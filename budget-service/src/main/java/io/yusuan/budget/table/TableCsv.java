package io.yusuan.budget.table;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV: the template's column headers in Chinese (a grouped column as 基本支出/人员经费),
 * a 合计 row first as the template prints it, then the rows.
 */
public final class TableCsv {

    private TableCsv() {
    }

    public static String of(TableView table) {
        StringWriter out = new StringWriter();
        boolean sectioned = table.sections().size() > 1;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (TableView.SectionView section : table.sections()) {
                List<String> header = new ArrayList<>();
                if (sectioned) {
                    header.add("栏目");
                }
                header.addAll(List.of("编码", "名称"));
                if (table.number().equals("06")) {
                    header.addAll(List.of("政府预算支出经济分类编码", "政府预算支出经济分类名称"));
                }
                if (table.number().equals("11")) {
                    header.add("类型");
                }
                section.columns().forEach(column -> header.add(
                        (column.group() == null ? "" : column.group() + "/") + column.header() + "（" + table.unit() + "）"));
                csv.printRecord(header);
                List<Object> total = new ArrayList<>();
                if (sectioned) {
                    total.add(section.title());
                }
                total.addAll(List.of("", "合计"));
                pad(table, total);
                section.columns().forEach(column -> total.add(section.total().get(column.key()).toPlainString()));
                csv.printRecord(total);
                for (TableView.RowView row : section.rows()) {
                    List<Object> record = new ArrayList<>();
                    if (sectioned) {
                        record.add(section.title());
                    }
                    record.add(row.code());
                    record.add(row.name() == null ? "" : row.name());
                    if (table.number().equals("06")) {
                        record.add(row.governmentCode() == null ? "" : row.governmentCode());
                        record.add(row.governmentName() == null ? "" : row.governmentName());
                    }
                    if (table.number().equals("11")) {
                        record.add(row.category() == null ? "" : row.category());
                    }
                    section.columns().forEach(column -> record.add(row.values().get(column.key()).toPlainString()));
                    csv.printRecord(record);
                }
            }
            if (table.note() != null) {
                csv.printRecord(table.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void pad(TableView table, List<Object> record) {
        if (table.number().equals("06")) {
            record.addAll(List.of("", ""));
        }
        if (table.number().equals("11")) {
            record.add("");
        }
    }
}
