package io.yusuan.budget.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A section's sums, in yuan, as the database gave them.
 *
 * @param rows the section's rows, without the total
 * @param printed the rows of the printed table where the section is printed by another grouping (total first), else
 *     null
 * @param thisYear for revenue by source: the total without 上年结转结余; else null
 */
record SectionData(Section section, List<TableRow> rows, List<TableRow> printed, TableRow total,
        Map<String, BigDecimal> thisYear) {

    /** The row of a code at a level, or null. */
    TableRow row(int level, String code) {
        return rows.stream().filter(row -> row.level() == level && code.equals(row.code())).findFirst().orElse(null);
    }
}
