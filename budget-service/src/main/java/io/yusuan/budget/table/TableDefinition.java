package io.yusuan.budget.table;

import java.util.List;

/**
 * One of the standard tables 01–11: a declared grouping of a version's lines, run as SQL.
 *
 * @param number two digits, e.g. {@code 05}
 * @param title the template's title, e.g. 一般公共预算支出预算表
 * @param emptyNote what the template prints when the table has no data, with {@code {department}} and
 *     {@code {year}} to fill in; null if it prints nothing
 */
public record TableDefinition(String number, String title, String titleEn, List<Section> sections, String emptyNote) {
}
