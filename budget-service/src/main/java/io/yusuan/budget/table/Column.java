package io.yusuan.budget.table;

/**
 * A column of a table: a sum of the lines its predicate keeps.
 *
 * @param key the column's name in JSON
 * @param header the template's Chinese header
 * @param group the header above it in the template (e.g. 基本支出 over 人员经费), or null
 * @param predicate an SQL condition on the line {@code l} (and its economic code's attributes {@code n}),
 *     or null for every line of the section
 */
public record Column(String key, String header, String group, String predicate) {

    public static Column of(String key, String header, String predicate) {
        return new Column(key, header, null, predicate);
    }

    public static Column under(String group, String key, String header, String predicate) {
        return new Column(key, header, group, predicate);
    }
}
