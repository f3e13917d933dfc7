package io.yusuan.budget.table;

import java.util.List;

/**
 * A column of a table: a sum of the lines its predicate keeps.
 *
 * @param key the column's name in JSON
 * @param path the template's headers from the outermost group to the column's own (基本支出 › 人员经费 ›
 *     工资福利支出); the last is the column's header
 * @param predicate an SQL condition on the line {@code l} (and its economic code's attributes {@code n}),
 *     or null for every line of the section
 */
public record Column(String key, List<String> path, String predicate) {

    public static Column of(String key, String header, String predicate) {
        return new Column(key, List.of(header), predicate);
    }

    public static Column under(String group, String key, String header, String predicate) {
        return new Column(key, List.of(group, header), predicate);
    }

    public static Column under(String group, String subgroup, String key, String header, String predicate) {
        return new Column(key, List.of(group, subgroup, header), predicate);
    }

    public String header() {
        return path.get(path.size() - 1);
    }

    /** The outermost header above the column, or null. */
    public String group() {
        return path.size() > 1 ? path.get(0) : null;
    }
}
