package io.yusuan.budget.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names rows print, as selects and what their rows become: classification names of a year, a version's units and
 * its projects. Ids and years are numbers, written into the text.
 */
public final class RowNames {

    private RowNames() {
    }

    /** The select of a year's names: scheme, code, name, in code order ({@link #classification(List)} reads it). */
    public static String classificationSql(int year) {
        return "select scheme, code, name from classification_name where fiscal_year = " + year + " order by scheme, code";
    }

    /** The rows of {@link #classificationSql}'s select as names by scheme, then code, in code order. */
    public static Map<String, Map<String, String>> classification(List<Object[]> rows) {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.computeIfAbsent((String) row[0], s -> new LinkedHashMap<>()).put((String) row[1], (String) row[2]);
        }
        return names;
    }

    /** A version's units: code, name. */
    static String unitsSql(long version) {
        return "select code, name from budget_unit where version_id = " + version;
    }

    /** A version's projects: code, name, category, unit code. */
    static String projectsSql(long version) {
        return "select code, name, category, unit_code from project where version_id = " + version;
    }

    /** Column {@code value} of each row by column 0. */
    public static Map<String, String> byCode(List<Object[]> rows, int value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Object[] row : rows) {
            pairs.put((String) row[0], (String) row[value]);
        }
        return pairs;
    }
}
