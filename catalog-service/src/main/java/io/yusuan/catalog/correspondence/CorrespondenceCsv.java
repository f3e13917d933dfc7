package io.yusuan.catalog.correspondence;

import io.yusuan.catalog.load.CsvColumn;
import io.yusuan.catalog.load.HeaderedCsv;
import io.yusuan.problem.FieldError;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The 对照表 CSV format: the files shipped as {@code catalog/{year}/correspondence.csv} and what an
 * administrator loads. One row per pair: {@code department_code,unit_column,government_code,provenance}.
 */
public final class CorrespondenceCsv {

    public static final List<CsvColumn> COLUMNS = List.of(new CsvColumn("department_code", CsvColumn.CODE),
            new CsvColumn("unit_column", CsvColumn.CODE), new CsvColumn("government_code", CsvColumn.CODE),
            new CsvColumn("provenance", CsvColumn.CITATION));

    /** The most pairs a 对照表 may have: the official one has about 200. */
    public static final int MAX_ROWS = 10_000;

    private CorrespondenceCsv() {
    }

    /** A pair as read, with its line in the file (the header is line 1). */
    public record Pair(int line, String departmentCode, UnitColumn column, String governmentCode, String provenance) {
    }

    /**
     * Reads and checks every row, collecting every fault.
     *
     * @throws CorrespondenceRejected when the header or any row is wrong; nothing is to be written then
     */
    public static List<Pair> read(Reader csv) {
        List<FieldError> errors = new ArrayList<>();
        List<Pair> pairs = HeaderedCsv.read(csv, COLUMNS, MAX_ROWS, CorrespondenceCsv::pair, errors, CorrespondenceRejected::new);
        Set<String> seen = new HashSet<>();
        for (Pair pair : pairs) {
            if (!seen.add(pair.departmentCode() + pair.column() + pair.governmentCode())) {
                errors.add(new FieldError("/lines/" + pair.line(), "DUPLICATE_PAIR", "repeats " + pair.departmentCode()
                        + " → " + pair.governmentCode() + " for " + pair.column()));
            }
        }
        if (pairs.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("/lines", "EMPTY", "the 对照表 has no pairs"));
        }
        if (!errors.isEmpty()) {
            throw new CorrespondenceRejected(errors.size() + " fault(s) in the 对照表; nothing was loaded.", errors);
        }
        return pairs;
    }

    private static Pair pair(CSVRecord record, int line, List<FieldError> errors) {
        String at = "/lines/" + line;
        String department = record.get(0);
        String column = record.get(1);
        String government = record.get(2);
        String provenance = record.get(3);
        int before = errors.size();
        if (!department.matches("3[0-9]{4}")) {
            errors.add(new FieldError(at + "/department_code", "MALFORMED", "a department economic 款 is 5 digits "
                    + "starting with 3; found " + HeaderedCsv.abbreviate(department)));
        }
        if (!government.matches("5[0-9]{4}")) {
            errors.add(new FieldError(at + "/government_code", "MALFORMED", "a government economic 款 is 5 digits "
                    + "starting with 5; found " + HeaderedCsv.abbreviate(government)));
        }
        if (!column.equals("ADMINISTRATIVE") && !column.equals("INSTITUTION")) {
            errors.add(new FieldError(at + "/unit_column", "UNKNOWN_COLUMN", "must be ADMINISTRATIVE or INSTITUTION; found "
                    + HeaderedCsv.abbreviate(column)));
        }
        if (provenance.isEmpty()) {
            errors.add(new FieldError(at + "/provenance", "MISSING_PROVENANCE",
                    "name the edition the pair was checked against, or provisional"));
        }
        return errors.size() > before ? null
                : new Pair(line, department, UnitColumn.valueOf(column), government, provenance);
    }
}
