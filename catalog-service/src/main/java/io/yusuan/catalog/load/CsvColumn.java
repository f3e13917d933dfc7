package io.yusuan.catalog.load;

import java.util.List;

/**
 * A column of a loaded CSV with the most characters a value of it may have: a load states its limits per column, as a
 * JSON body states them per field, so that a 1 MiB name is a fault of its row rather than a row in the database.
 *
 * @param name the header of the column
 * @param maxLength the most characters of a value
 */
public record CsvColumn(String name, int maxLength) {

    /** A code, a parent code, a level or a constant. */
    public static final int CODE = 32;
    /** A name, Chinese or English. */
    public static final int NAME = 200;
    /** A source citation (provenance) or a note. */
    public static final int CITATION = 2000;

    /** The headers of {@code columns}, in order. */
    public static List<String> names(List<CsvColumn> columns) {
        return columns.stream().map(CsvColumn::name).toList();
    }
}
