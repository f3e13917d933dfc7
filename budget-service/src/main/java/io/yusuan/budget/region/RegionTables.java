package io.yusuan.budget.region;

import io.yusuan.budget.table.AmountUnit;
import io.yusuan.budget.table.RowNames;
import io.yusuan.budget.table.SectionQuery;
import io.yusuan.budget.table.TableContext;
import io.yusuan.budget.table.TableDefinition;
import io.yusuan.budget.table.TableView;
import io.yusuan.budget.table.Tables;
import io.yusuan.budget.version.VersionStatus;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's tables: a department's table definitions, rows and layout, summed over the region's published budgets
 * ({@link RollupQuery}). The tables by unit or by project (02, 09-11) do not roll up: a region has no units of its
 * own, and projects are a department's.
 */
@ApplicationScoped
public class RegionTables {

    /** The tables a region sums. */
    static final List<String> NUMBERS = List.of("01", "03", "04", "05", "06", "07", "08");

    private final RegionReads reads;

    public RegionTables(RegionReads reads) {
        this.reads = reads;
    }

    /** The table of that number if it rolls up (07 by department code or not), or 404: checked before any read. */
    public static TableDefinition definition(String number, boolean byDepartmentCode) {
        if (!NUMBERS.contains(number)) {
            throw new NotFoundProblem("Table " + number + " does not roll up over a region; the tables that do are "
                    + String.join(", ", NUMBERS) + ".");
        }
        return Tables.definition(number, byDepartmentCode);
    }

    public RegionTable table(RegionScope scope, int year, TableDefinition definition, AmountUnit unit,
            boolean byDepartmentCode) {
        return reads.read(year, List.of("table", scope, definition.number(), byDepartmentCode, unit),
                connection -> build(connection, scope, year, definition, unit));
    }

    private static RegionTable build(Connection connection, RegionScope scope, int year, TableDefinition definition,
            AmountUnit unit) throws SQLException {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Object[] row : rows(connection, RollupQuery.regions(scope))) {
            regions.put((String) row[0], (String) row[1]);
        }
        String name = regions.get(scope.region());
        String heading = name == null ? scope.region() : name;
        TableContext context = TableContext.ofRegions(RowNames.classification(connection, year), regions, unit);
        TableView table = Tables.derive(definition, new Tables.Heading(heading, heading, year, null,
                VersionStatus.PUBLISHED), context, (section, dimension) -> {
                    try {
                        SectionQuery.Lines lines = RollupQuery.lines(scope, year, dimension);
                        return SectionQuery.rows(section, dimension, lines,
                                rows(connection, SectionQuery.sql(section, dimension, lines)));
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not sum the region's lines", e);
                    }
                });
        try (Statement statement = connection.createStatement();
                ResultSet counted = statement.executeQuery(RollupQuery.counted(scope, year))) {
            counted.next();
            return new RegionTable(table, new RegionRef(scope.region(), name), scope.includeSubregions(),
                    counted.getInt(1), counted.getObject(2, OffsetDateTime.class));
        }
    }

    /** Every row of a select, each as its columns' values. */
    static List<Object[]> rows(Connection connection, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
