package io.yusuan.budget.table;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of a section as summed in the database, in yuan.
 *
 * @param code the row's code (functional or economic code, unit or project code, revenue source), or
 *     null for the section's total
 * @param level 1 for a 类 (or a unit), 2 for a 款 (or a project), 3 for a 项; 0 for the total
 * @param pairedCode the government economic code a department economic 款 is paired with, or null
 */
public record TableRow(String code, int level, String pairedCode, Map<String, BigDecimal> values) {
}
