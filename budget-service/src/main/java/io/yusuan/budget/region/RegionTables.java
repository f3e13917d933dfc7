package io.yusuan.budget.region;

import io.yusuan.budget.table.AmountUnit;
import io.yusuan.budget.table.RowNames;
import io.yusuan.budget.table.SectionQuery;
import io.yusuan.budget.table.SqlBatch;
import io.yusuan.budget.table.TableContext;
import io.yusuan.budget.table.TableDefinition;
import io.yusuan.budget.table.TableView;
import io.yusuan.budget.table.Tables;
import io.yusuan.budget.version.VersionStatus;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
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

    public RegionReads.Stamped<RegionTable> table(RegionScope scope, int year, TableDefinition definition,
            AmountUnit unit, boolean byDepartmentCode) {
        return reads.read(year, List.of("table", scope, definition.number(), byDepartmentCode, unit),
                connection -> build(connection, scope, year, definition, unit));
    }

    /** The regions' and the codes' names, the budgets counted and every section's sums, read at once. */
    private static RegionTable build(Connection connection, RegionScope scope, int year, TableDefinition definition,
            AmountUnit unit) throws SQLException {
        List<SectionQuery.Sum> sums = RollupQuery.sums(scope, year, definition);
        List<String> statements = new ArrayList<>(List.of(RollupQuery.regions(scope), RowNames.classificationSql(year),
                RollupQuery.counted(scope, year)));
        sums.forEach(sum -> statements.add(sum.sql()));
        List<List<Object[]>> results = SqlBatch.results(connection, statements);
        Map<String, String> regions = new LinkedHashMap<>();
        for (Object[] row : results.get(0)) {
            regions.put((String) row[0], (String) row[1]);
        }
        Object[] counted = results.get(2).get(0);
        String name = regions.get(scope.region());
        String heading = name == null ? scope.region() : name;
        TableContext context = TableContext.ofRegions(RowNames.classification(results.get(1)), regions, unit);
        TableView table = Tables.derive(definition, new Tables.Heading(heading, heading, year, null,
                VersionStatus.PUBLISHED), context, SectionQuery.answered(sums, results.subList(3, results.size())));
        return new RegionTable(table, new RegionRef(scope.region(), name), scope.includeSubregions(),
                ((Number) counted[0]).intValue(),
                counted[1] == null ? null : ((Timestamp) counted[1]).toInstant().atOffset(ZoneOffset.UTC));
    }
}
