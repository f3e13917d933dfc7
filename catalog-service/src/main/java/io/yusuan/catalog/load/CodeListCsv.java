package io.yusuan.catalog.load;

import io.yusuan.catalog.code.BasicCategory;
import io.yusuan.catalog.code.Level;
import io.yusuan.catalog.code.ThreePublicPart;
import io.yusuan.problem.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The code-list CSV format: the files shipped in {@code catalog/{year}/{scheme}.csv}, what an
 * administrator loads, and what a year exports as. One format both ways, so an export can be
 * edited and loaded back.
 */
public final class CodeListCsv {

    /** The columns, in order. */
    public static final List<CsvColumn> COLUMNS = List.of(new CsvColumn("code", CsvColumn.CODE),
            new CsvColumn("level", CsvColumn.CODE), new CsvColumn("parent", CsvColumn.CODE),
            new CsvColumn("name", CsvColumn.NAME), new CsvColumn("name_en", CsvColumn.NAME),
            new CsvColumn("provenance", CsvColumn.CITATION), new CsvColumn("basic_category", CsvColumn.CODE),
            new CsvColumn("three_public_part", CsvColumn.CODE));

    /** The most codes a year's list may have: the official functional list, the longest, has about 5,000. */
    public static final int MAX_ROWS = 50_000;

    private CodeListCsv() {
    }

    /**
     * Reads every row, collecting every fault instead of stopping at the first.
     *
     * @throws CodeListRejected when the header or any row is unreadable
     */
    public static List<CodeRow> read(Reader csv) {
        List<FieldError> errors = new ArrayList<>();
        List<CodeRow> rows = HeaderedCsv.read(csv, COLUMNS, MAX_ROWS, CodeListCsv::row, errors, CodeListRejected::new);
        if (!errors.isEmpty()) {
            throw new CodeListRejected(errors.size() + " row(s) of the CSV cannot be read; nothing was loaded.", errors);
        }
        return rows;
    }

    private static CodeRow row(CSVRecord record, int line, List<FieldError> errors) {
        String levelName = record.get(1);
        Level level = Level.ofChineseName(levelName).orElse(null);
        if (level == null) {
            errors.add(new FieldError(pointer(line, "level"), "UNKNOWN_LEVEL",
                    "\"" + levelName + "\" is not a level; expected 类, 款 or 项"));
        }
        return new CodeRow(line, record.get(0), level, emptyToNull(record.get(2)), record.get(3),
                emptyToNull(record.get(4)), record.get(5),
                constant(record.get(6), BasicCategory::valueOf, BasicCategory.values(), pointer(line, "basic_category"), errors),
                constant(record.get(7), ThreePublicPart::valueOf, ThreePublicPart.values(), pointer(line, "three_public_part"), errors));
    }

    private static <E extends Enum<E>> E constant(String value, Function<String, E> parse, E[] allowed, String pointer,
            List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(pointer, "UNKNOWN_VALUE",
                    "\"" + value + "\" is not one of " + Arrays.toString(allowed)));
            return null;
        }
    }

    static String pointer(int line, String column) {
        return "/lines/" + line + "/" + column;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Writes rows in the same format, header first; flushes {@code out} but leaves it open (it may be a response). */
    public static void write(Iterable<CodeRow> rows, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CsvColumn.names(COLUMNS).toArray(String[]::new)).get());
            for (CodeRow row : rows) {
                printer.printRecord(row.code(), row.level().chineseName(), nullToEmpty(row.parent()), row.name(),
                        nullToEmpty(row.nameEn()), row.provenance(),
                        row.basicCategory() == null ? "" : row.basicCategory().name(),
                        row.threePublicPart() == null ? "" : row.threePublicPart().name());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
