package io.yusuan.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A table's amounts (the JSON {@code Table} schema) cell by cell, so that tables of different departments can be
 * added up and compared with a region's: each cell named by its section, its row (code, level and, on table 06, the
 * paired government code) and its column; the total (合计) and, for revenue, 本年收入合计 as rows of their own.
 * A row one table has and another has not counts as zeros there: a region prints the rows its departments have.
 */
final class TableCells {

    private final Map<String, BigDecimal> cells = new TreeMap<>();

    private TableCells() {
    }

    static TableCells empty() {
        return new TableCells();
    }

    static TableCells of(JsonNode table) {
        TableCells cells = new TableCells();
        for (JsonNode section : table.path("sections")) {
            String key = section.path("key").asText();
            for (JsonNode row : section.path("rows")) {
                cells.addAll(key + "/" + row.path("code").asText() + "|" + row.path("level").asInt() + "|"
                        + row.path("governmentCode").asText(""), row.path("values"));
            }
            cells.addAll(key + "/合计", section.path("total"));
            cells.addAll(key + "/本年收入合计", section.path("thisYear"));
        }
        return cells;
    }

    /** This table plus another, cell by cell. */
    TableCells plus(TableCells other) {
        TableCells sum = new TableCells();
        sum.cells.putAll(cells);
        other.cells.forEach((cell, amount) -> sum.cells.merge(cell, amount, BigDecimal::add));
        return sum;
    }

    /** Every cell divided by {@code divisor} and rounded half up to two decimals, as a unit presents yuan. */
    TableCells presentedIn(BigDecimal divisor) {
        TableCells presented = new TableCells();
        cells.forEach((cell, amount) -> presented.cells.put(cell, amount.divide(divisor, 2, RoundingMode.HALF_UP)));
        return presented;
    }

    /** The cell's amount, zero if the table has no such cell. */
    BigDecimal get(String cell) {
        return cells.getOrDefault(cell, BigDecimal.ZERO);
    }

    /** Whether any cell holds an amount other than zero. */
    boolean anyNonZero() {
        return cells.values().stream().anyMatch(amount -> amount.signum() != 0);
    }

    /** Every cell whose amount differs from the other table's, as "cell: this ≠ other". */
    List<String> differences(TableCells other) {
        TreeSet<String> names = new TreeSet<>(cells.keySet());
        names.addAll(other.cells.keySet());
        List<String> differences = new ArrayList<>();
        for (String cell : names) {
            if (get(cell).compareTo(other.get(cell)) != 0) {
                differences.add(cell + ": " + get(cell).toPlainString() + " ≠ " + other.get(cell).toPlainString());
            }
        }
        return differences;
    }

    private void addAll(String row, JsonNode values) {
        values.fields().forEachRemaining(value -> cells.merge(row + "/" + value.getKey(), value.getValue().decimalValue(),
                BigDecimal::add));
    }
}
