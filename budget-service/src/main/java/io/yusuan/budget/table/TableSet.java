package io.yusuan.budget.table;

import java.util.List;

/** Every standard table of a version, in order: what {@code tables.xlsx} serves as one workbook, a sheet each. */
public record TableSet(List<TableView> tables) {
}
