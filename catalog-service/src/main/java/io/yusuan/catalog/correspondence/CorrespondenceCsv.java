package io.yusuan.catalog.correspondence;

import io.yusuan.problem.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The 对照表 CSV format: the files shipped as {@code catalog/{year}/correspondence.csv} and what an
 * administrator loads. One row per pair: {@code department_code,unit_column,government_code,provenance}.
 */
public final class CorrespondenceCsv {

    public static final List<String> COLUMNS = List.of("department_code", "unit_column", "government_code", "provenance");

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
        List<Pair> pairs = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new CorrespondenceRejected("The CSV is empty; its first line must be the header "
                        + String.join(",", COLUMNS) + ".", List.of());
            }
            List<String> header = new ArrayList<>(records.next().toList());
            header.set(0, header.get(0).replace("\uFEFF", ""));
            if (!header.equals(COLUMNS)) {
                throw new CorrespondenceRejected("The header must be exactly " + String.join(",", COLUMNS) + ".",
                        List.of(new FieldError("/lines/1", "WRONG_HEADER", "found " + abbreviate(String.join(",", header)))));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) parser.getCurrentLineNumber();
                String at = "/lines/" + line;
                if (record.size() != COLUMNS.size()) {
                    errors.add(new FieldError(at, "WRONG_COLUMN_COUNT", "has " + record.size() + " columns; expected "
                            + COLUMNS.size()));
                    continue;
                }
                Pair pair = pair(record, line, at, errors);
                if (pair != null && !seen.add(pair.departmentCode() + pair.column() + pair.governmentCode())) {
                    errors.add(new FieldError(at, "DUPLICATE_PAIR", "repeats " + pair.departmentCode() + " → "
                            + pair.governmentCode() + " for " + pair.column()));
                }
                if (pair != null) {
                    pairs.add(pair);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException malformed) {
            Throwable cause = malformed.getCause() == null ? malformed : malformed.getCause();
            throw new CorrespondenceRejected("The CSV is malformed: " + cause.getMessage(), List.of());
        }
        if (pairs.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("/lines", "EMPTY", "the 对照表 has no pairs"));
        }
        if (!errors.isEmpty()) {
            throw new CorrespondenceRejected(errors.size() + " fault(s) in the 对照表; nothing was loaded.", errors);
        }
        return pairs;
    }

    private static Pair pair(CSVRecord record, int line, String at, List<FieldError> errors) {
        String department = record.get(0);
        String column = record.get(1);
        String government = record.get(2);
        String provenance = record.get(3);
        int before = errors.size();
        if (!department.matches("3[0-9]{4}")) {
            errors.add(new FieldError(at + "/department_code", "MALFORMED", "a department economic 款 is 5 digits "
                    + "starting with 3; found " + abbreviate(department)));
        }
        if (!government.matches("5[0-9]{4}")) {
            errors.add(new FieldError(at + "/government_code", "MALFORMED", "a government economic 款 is 5 digits "
                    + "starting with 5; found " + abbreviate(government)));
        }
        if (!column.equals("ADMINISTRATIVE") && !column.equals("INSTITUTION")) {
            errors.add(new FieldError(at + "/unit_column", "UNKNOWN_COLUMN", "must be ADMINISTRATIVE or INSTITUTION; found "
                    + abbreviate(column)));
        }
        if (provenance.isEmpty() || provenance.length() > 200) {
            errors.add(new FieldError(at + "/provenance", "MISSING_PROVENANCE",
                    "name the edition the pair was checked against (at most 200 characters), or provisional"));
        }
        return errors.size() > before ? null
                : new Pair(line, department, UnitColumn.valueOf(column), government, provenance);
    }

    private static String abbreviate(String value) {
        return value == null || value.length() <= 40 ? String.valueOf(value) : value.substring(0, 40) + "…";
    }
}
