package io.yusuan.catalog.load;

import io.yusuan.problem.Excerpt;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV whose first line must be a given header, as catalogue loads take them (code lists, 对照表): an empty
 * file, a wrong header or a malformed CSV rejects it at once; a row's faults are collected with its line, so
 * that one answer names them all.
 */
public final class HeaderedCsv {

    private HeaderedCsv() {
    }

    /** Reads one row; adds its faults to {@code errors} and answers null when it cannot be used. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(CSVRecord record, int line, List<FieldError> errors);
    }

    /** The problem a rejected file answers, e.g. 422 code-list-rejected. */
    @FunctionalInterface
    public interface Rejection {
        ProblemException of(String detail, List<FieldError> errors);
    }

    /**
     * @param maxRows the most rows after the header; one more rejects the file without reading on
     * @param errors where the faults of rows go; the caller judges them with the rest of its rules
     * @return the rows read
     */
    public static <T> List<T> read(Reader csv, List<CsvColumn> columns, int maxRows, RowReader<T> rows,
            List<FieldError> errors, Rejection rejection) {
        List<String> names = CsvColumn.names(columns);
        List<T> read = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw rejection.of("The CSV is empty; its first line must be the header " + String.join(",", names)
                        + ".", List.of());
            }
            List<String> header = new ArrayList<>(records.next().toList());
            header.set(0, header.get(0).replace("\uFEFF", ""));
            if (!header.equals(names)) {
                throw rejection.of("The header must be exactly " + String.join(",", names) + ".",
                        List.of(new FieldError("/lines/1", "WRONG_HEADER", "found " + abbreviate(String.join(",", header)))));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) parser.getCurrentLineNumber();
                if (record.getRecordNumber() - 1 > maxRows) {
                    throw rejection.of("The CSV has more than " + maxRows + " rows; nothing was loaded.",
                            List.of(new FieldError("/lines/" + line, "TOO_MANY_ROWS", "at most " + maxRows + " rows")));
                }
                if (record.size() != columns.size()) {
                    errors.add(new FieldError("/lines/" + line, "WRONG_COLUMN_COUNT",
                            "has " + record.size() + " columns; expected " + columns.size()));
                    continue;
                }
                if (!fits(record, columns, line, errors)) {
                    continue;
                }
                T row = rows.read(record, line, errors);
                if (row != null) {
                    read.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException malformed) {
            Throwable cause = malformed.getCause() == null ? malformed : malformed.getCause();
            throw rejection.of("The CSV is malformed: " + cause.getMessage(), List.of());
        }
        return read;
    }

    /**
     * Whether every value of a row is within its column's length and free of control characters and lone surrogates
     * (PostgreSQL cannot store a NUL in text); the faults go to {@code errors}, and a row with any is not read further.
     */
    private static boolean fits(CSVRecord record, List<CsvColumn> columns, int line, List<FieldError> errors) {
        int before = errors.size();
        for (int i = 0; i < columns.size(); i++) {
            String value = record.get(i);
            String pointer = "/lines/" + line + "/" + columns.get(i).name();
            if (value.length() > columns.get(i).maxLength()) {
                errors.add(new FieldError(pointer, "TOO_LONG", "has " + value.length() + " characters; at most "
                        + columns.get(i).maxLength()));
            } else if (!printable(value)) {
                errors.add(new FieldError(pointer, "INVALID_CHARACTER",
                        "holds a control character or a lone surrogate: " + Excerpt.of(value)));
            }
        }
        return errors.size() == before;
    }

    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A value as a fault quotes it: at most 40 characters, so that a huge bad value is not echoed whole. */
    public static String abbreviate(String value) {
        return value == null || value.length() <= 40 ? String.valueOf(value) : value.substring(0, 40) + "…";
    }
}
