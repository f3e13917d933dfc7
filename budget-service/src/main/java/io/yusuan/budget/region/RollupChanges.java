package io.yusuan.budget.region;

import io.yusuan.budget.table.SectionQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the changes of later publications to a section's sums kept from before them. A section's every figure is a sum
 * over the scope's summed lines, and so is how many lines a row sums: the sums after the publications are the sums
 * before them plus the same section over what the publications changed (each budget's new version's lines, less those
 * of the version it counted before). A row stays while it sums any line, as the lines' groups stay in region_function
 * (V8) while they hold any; the total row always stays, as SQL gives it over no lines too.
 */
final class RollupChanges {

    private RollupChanges() {
    }

    /**
     * The rows of a section's select ({@link SectionQuery#sql} over a region's lines: {@code keys} keys, {@code g}, the
     * columns' sums, the count of lines) after {@code changes}, the same select over the changes, are added to
     * {@code kept}; in the select's order.
     */
    static List<Object[]> added(int keys, List<Object[]> kept, List<Object[]> changes) {
        Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
        for (Object[] row : kept) {
            rows.put(key(keys, row), row);
        }
        for (Object[] change : changes) {
            rows.merge(key(keys, change), change, (before, difference) -> sum(keys, before, difference));
        }
        int total = (1 << keys) - 1;
        List<Object[]> added = new ArrayList<>();
        for (Object[] row : rows.values()) {
            if (((Number) row[keys]).intValue() == total || ((Number) row[row.length - 1]).longValue() > 0) {
                added.add(row);
            }
        }
        added.sort(SectionQuery.order(keys));
        return added;
    }

    private static List<Object> key(int keys, Object[] row) {
        return Arrays.asList(row).subList(0, keys + 1);
    }

    private static Object[] sum(int keys, Object[] before, Object[] difference) {
        Object[] sum = before.clone();
        int counted = sum.length - 1;
        for (int i = keys + 1; i < counted; i++) {
            sum[i] = ((BigDecimal) before[i]).add((BigDecimal) difference[i]);
        }
        sum[counted] = ((Number) before[counted]).longValue() + ((Number) difference[counted]).longValue();
        return sum;
    }
}
