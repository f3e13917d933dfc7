package io.yusuan.budget.table;

import java.util.List;

/**
 * A block of a table: rows of one dimension, over the lines a filter keeps, in given columns. Most
 * tables are one section; 01 and 04 have a revenue (收入) and an expenditure (支出) section.
 *
 * @param key the section's name in JSON (revenue, expenditure, or rows)
 * @param title the template's Chinese title of the block, or null
 * @param revenue whether the rows sum revenue lines (else expenditure lines)
 * @param filter an SQL condition on the line {@code l} that every row keeps, or null
 * @param only the template rows to print, for a template dimension (revenue sources); null for all
 * @param printedBy the grouping the printed table's rows need, where it is not {@code rows} (03: by unit, then 项);
 *     null if the printed rows are the section's rows
 */
public record Section(String key, String title, boolean revenue, RowDimension rows, String filter, List<Column> columns,
        List<String> only, RowDimension printedBy) {

    public static Section expenditure(String key, String title, RowDimension rows, String filter, List<Column> columns) {
        return new Section(key, title, false, rows, filter, columns, null, null);
    }

    public static Section revenue(String key, String title, RowDimension rows, String filter, List<Column> columns,
            List<String> only) {
        return new Section(key, title, true, rows, filter, columns, only, null);
    }

    /** The section, with its printed rows grouped by another dimension. */
    public Section printedBy(RowDimension dimension) {
        return new Section(key, title, revenue, rows, filter, columns, only, dimension);
    }
}
