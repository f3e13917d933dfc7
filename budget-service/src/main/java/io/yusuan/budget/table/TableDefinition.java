package io.yusuan.budget.table;

import java.util.List;

/**
 * One of the standard tables 01–11: a declared grouping of a version's lines, run as SQL, and the layout that
 * prints it.
 *
 * @param number two digits, e.g. {@code 05}
 * @param title the title in the template's contents, e.g. 一般公共预算支出预算表
 * @param printedTitle the title over the printed table where it differs from the contents' (09: 政府性基金支出预算表)
 * @param layout how the printed table lays out the sections' rows
 * @param notes what the template prints under the table whatever its data (08: the 三公 definition)
 * @param emptyNote what the template prints when the table has no data, with {@code {department}} and
 *     {@code {year}} to fill in; null if it prints nothing
 * @param printedInSource whether the source document prints the table (02 and 07 are in its contents only)
 */
public record TableDefinition(String number, String title, String printedTitle, String titleEn, List<Section> sections,
        TableLayout layout, List<String> notes, String emptyNote, boolean printedInSource) {
}
