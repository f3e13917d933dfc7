package io.yusuan.budget.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a section as one SQL aggregation over a version's lines (or, through {@link Lines}, over any lines of the same
 * shape: a region's summed lines): the rows' keys are grouped with ROLLUP (or grouping sets) so that every subtotal
 * and the total come from the same query, summed on exact yuan.
 */
public final class SectionQuery {

    private SectionQuery() {
    }

    /**
     * The section as one SQL aggregation over {@code lines}: the group keys ({@code k0}, {@code k1} …), then
     * {@code grouping(...)} as {@code g}, then a sum per column, total first ({@link #rows} reads them), then how many
     * lines each row sums where {@code lines} says ({@link Lines#counted}). Rows are in the order of their keys, byte by
     * byte whatever the database's collation, each subtotal before the rows it sums ({@link #order}).
     */
    public static String sql(Section section, RowDimension dimension, Lines lines) {
        Grouping grouping = Grouping.of(dimension, lines.unit());
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < grouping.keys().size(); i++) {
            sql.append(grouping.keys().get(i)).append(" as k").append(i).append(", ");
        }
        sql.append(grouping.keys().isEmpty() ? "0" : "grouping(" + String.join(", ", grouping.keys()) + ")").append(" as g");
        for (Column column : section.columns()) {
            sql.append(", coalesce(sum(l.amount)")
                    .append(column.predicate() == null ? "" : " filter (where " + column.predicate() + ")")
                    .append(", 0)");
        }
        if (lines.counted() != null) {
            sql.append(", ").append(lines.counted());
        }
        sql.append(section.revenue() ? lines.revenue() : lines.expenditure());
        sql.append(" where ").append(lines.where());
        if (section.filter() != null) {
            sql.append(" and (").append(section.filter()).append(")");
        }
        sql.append(grouping.groupBy());
        if (grouping.orderBy() != null) {
            sql.append(" order by ").append(grouping.orderBy());
        } else if (!grouping.keys().isEmpty()) {
            sql.append(" order by ");
            for (String key : grouping.keys()) {
                sql.append(key).append(" collate \"C\" nulls first, ");
            }
            sql.append("g desc");
        }
        return sql.toString();
    }

    /** One select of a section's sums: its rows grouped by {@code dimension}, over {@code lines}. */
    public record Sum(Section section, RowDimension dimension, Lines lines) {

        public String sql() {
            return SectionQuery.sql(section, dimension, lines);
        }

        /** How many group keys lead each result row, before {@code g}, the sums and the count of lines. */
        public int keys() {
            return Grouping.of(dimension, lines.unit()).keys().size();
        }
    }

    private static final Comparator<String> KEY_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * The order of {@link #sql}'s rows where the dimension orders by its keys alone (all but {@link RowDimension#PROJECT}):
     * key by key, null first and then by the text's UTF-16 units (the bytes' order for the codes' ASCII, as collation
     * "C" orders them), and among equal keys the more summed row ({@code g} higher) first. Result rows are as
     * {@link #sql} gives them, {@code keys} keys first.
     */
    public static Comparator<Object[]> order(int keys) {
        return (left, right) -> {
            for (int i = 0; i < keys; i++) {
                int compared = KEY_ORDER.compare((String) left[i], (String) right[i]);
                if (compared != 0) {
                    return compared;
                }
            }
            return Integer.compare(((Number) right[keys]).intValue(), ((Number) left[keys]).intValue());
        };
    }

    /**
     * The selects of every table's sections in order, each section's rows and then its printed rows where it has them:
     * the order in which {@link Tables#derive} asks for them.
     */
    public static List<Sum> sums(List<TableDefinition> definitions, Function<RowDimension, Lines> lines) {
        List<Sum> sums = new ArrayList<>();
        for (TableDefinition definition : definitions) {
            for (Section section : definition.sections()) {
                for (RowDimension dimension : section.printedBy() == null ? List.of(section.rows())
                        : List.of(section.rows(), section.printedBy())) {
                    sums.add(new Sum(section, dimension, lines.apply(dimension)));
                }
            }
        }
        return sums;
    }

    /** What {@link Tables#derive} asks for, answered from {@code results}: the rows of each of {@code sums}, in order. */
    public static Tables.Sums answered(List<Sum> sums, List<List<Object[]>> results) {
        return (section, dimension) -> {
            int index = 0;
            while (sums.get(index).section() != section || sums.get(index).dimension() != dimension) {
                index++;
            }
            return rows(section, dimension, sums.get(index).lines(), results.get(index));
        };
    }

    /** The rows of the results of {@link #sql}, each a result row's columns: the total first. */
    public static List<TableRow> rows(Section section, RowDimension dimension, Lines lines, List<Object[]> results) {
        Grouping grouping = Grouping.of(dimension, lines.unit());
        List<TableRow> rows = new ArrayList<>();
        for (Object[] row : results) {
            TableRow parsed = grouping.row(row, section.columns());
            // lines without a code of the dimension make one row, not one per level
            if (parsed.level() < 2 || row[0] != null) {
                rows.add(parsed);
            }
        }
        return rows;
    }

    /**
     * Where a section's lines come from, as SQL on the line {@code l} (with its project {@code p} and its economic
     * code's attributes {@code n}, which the columns' predicates read).
     *
     * @param expenditure the {@code from} clause of expenditure lines
     * @param revenue the {@code from} clause of revenue lines
     * @param where the condition choosing the lines
     * @param unit the expression of the unit a printed table groups by (03's 单位代码)
     * @param counted the aggregate of how many lines a row sums, where the lines are sums themselves and a row's
     *     presence must be known from them (a region's, {@code coalesce(sum(l.lines), 0)}); null for a version's own lines
     */
    public record Lines(String expenditure, String revenue, String where, String unit, String counted) {

        /** A version's own lines, and the names of its fiscal year (which mark 三公 codes). */
        static Lines version(long id, int year) {
            return new Lines("""
                     from expenditure_line l
                    left join project p on p.version_id = l.version_id and p.code = l.project_code
                    left join classification_name n on n.fiscal_year = %d and n.scheme = 'economic-department'
                        and n.code = l.economic_code""".formatted(year), " from revenue_line l", "l.version_id = " + id,
                    "l.unit_code", null);
        }
    }

    /** How a dimension groups the lines. */
    private record Grouping(RowDimension dimension, List<String> keys, String groupBy, String orderBy) {

        static Grouping of(RowDimension dimension, String unit) {
            return switch (dimension) {
                case FUNCTIONAL -> rollup(dimension,
                        List.of("substr(l.function_code, 1, 3)", "substr(l.function_code, 1, 5)", "l.function_code"));
                case FUNCTIONAL_CATEGORIES -> rollup(dimension, List.of("substr(l.function_code, 1, 3)"));
                case ECONOMIC_DEPARTMENT -> {
                    List<String> keys = List.of("substr(l.economic_code, 1, 3)", "l.economic_code", "l.government_economic_code");
                    yield new Grouping(dimension, keys, " group by grouping sets ((), (" + keys.get(0) + "), ("
                            + String.join(", ", keys) + "))", null);
                }
                case ECONOMIC_GOVERNMENT -> rollup(dimension,
                        List.of("substr(l.government_economic_code, 1, 3)", "l.government_economic_code"));
                case UNIT_FUNCTIONAL -> rollup(dimension, List.of(unit, "l.function_code"));
                // each unit before its projects, the projects in the package's order
                case PROJECT -> new Grouping(dimension, List.of("l.unit_code", "l.project_code"),
                        " group by rollup(l.unit_code, l.project_code)",
                        "k0 nulls first, grouping(l.project_code) desc, min(p.position), k1");
                case REVENUE_SOURCE -> rollup(dimension, List.of("l.source"));
                case UNIT -> rollup(dimension, List.of(unit));
                case NONE -> new Grouping(dimension, List.of(), "", null);
            };
        }

        private static Grouping rollup(RowDimension dimension, List<String> keys) {
            return new Grouping(dimension, keys, " group by rollup(" + String.join(", ", keys) + ")", null);
        }

        TableRow row(Object[] result, List<Column> columns) {
            int depth = keys.size();
            int grouped = ((Number) result[depth]).intValue();
            // grouping() sets a bit for each key rolled up: the level is the number of keys that are not
            int level = 0;
            for (int i = 0; i < depth; i++) {
                if ((grouped & (1 << (depth - 1 - i))) == 0) {
                    level = i + 1;
                }
            }
            String paired = null;
            if (dimension == RowDimension.ECONOMIC_DEPARTMENT) {
                paired = level == 3 ? (String) result[2] : null;
                level = Math.min(level, 2);
            }
            String code = level == 0 ? null : result[level - 1] == null ? TableRows.NONE : String.valueOf(result[level - 1]).strip();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i).key(), (BigDecimal) result[depth + 1 + i]);
            }
            return new TableRow(code, level, paired, values);
        }
    }
}
