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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
        RegionReads.Stamped<Rollup> rollup = reads.read(year, List.of("table", scope, definition.number(),
                byDepartmentCode, unit), connection -> build(connection, scope, year, definition, unit),
                (connection, kept, stamp) -> advance(connection, scope, year, definition, unit, kept, stamp));
        return new RegionReads.Stamped<>(rollup.answer().table(), rollup.tag());
    }

    /**
     * A roll-up as kept: the table; the sums of its sections it was laid out from, in {@link RollupQuery#sums}' order;
     * the names it was laid out with; and the digest of what else beside the publications it depends on
     * ({@link RollupQuery#basis}), which only a fresh read may follow.
     */
    record Rollup(RegionTable table, List<List<Object[]>> sums, TableContext names, String basis) {
    }

    /** Where a fresh read's results are: then the count, then each section's sums. */
    private static final int REGIONS = 0;
    private static final int NAMES = 1;
    private static final int BASIS = 2;
    private static final int COUNTED = 3;
    private static final int SUMS = 4;
    /** Where an advance's results are: then each section's changes. */
    private static final int ADVANCE_BASIS = 0;
    private static final int COUNTED_SINCE = 1;
    private static final int CHANGES = 2;

    /** The regions' and the codes' names, the budgets counted and every section's sums, read at once. */
    static Rollup build(Connection connection, RegionScope scope, int year, TableDefinition definition,
            AmountUnit unit) throws SQLException {
        List<SectionQuery.Sum> sums = RollupQuery.sums(scope, year, definition);
        List<String> statements = new ArrayList<>(List.of(RollupQuery.regions(scope), RowNames.classificationSql(year),
                RollupQuery.basis(scope, year), RollupQuery.counted(scope, year)));
        sums.forEach(sum -> statements.add(sum.sql()));
        List<List<Object[]>> results = SqlBatch.results(connection, statements);
        Map<String, String> regions = RowNames.byCode(results.get(REGIONS), 1);
        TableContext names = TableContext.ofRegions(RowNames.classification(results.get(NAMES)), regions, unit);
        Object[] counted = results.get(COUNTED).get(0);
        return laidOut(scope, year, definition, names, regions.get(scope.region()), basis(results.get(BASIS)),
                ((Number) counted[0]).intValue(), published(counted[1]), sums, results.subList(SUMS, results.size()));
    }

    /**
     * The roll-up {@code kept} at stamp {@code since}, with what the publications after it changed: the count and every
     * section's sums added to ({@link RollupChanges}). Read afresh instead if anything else it depends on has changed
     * since (names, regions, their chains, 三公 parts), or if the newest publication is older than the one kept (a
     * publishing instance's clock behind another's): the newest may then be a budget's that no publication since has
     * touched.
     */
    private static Rollup advance(Connection connection, RegionScope scope, int year, TableDefinition definition,
            AmountUnit unit, Rollup kept, long since) throws SQLException {
        List<SectionQuery.Sum> changes = RollupQuery.changes(scope, year, definition, since);
        List<String> statements = new ArrayList<>(List.of(RollupQuery.basis(scope, year),
                RollupQuery.countedSince(scope, year, since)));
        changes.forEach(sum -> statements.add(sum.sql()));
        List<List<Object[]>> results = SqlBatch.results(connection, statements);
        Object[] counted = results.get(COUNTED_SINCE).get(0);
        OffsetDateTime before = kept.table().latestPublishedAt();
        OffsetDateTime latest = counted[1] == null ? before : published(counted[1]);
        if (!basis(results.get(ADVANCE_BASIS)).equals(kept.basis()) || before != null && latest.isBefore(before)) {
            return build(connection, scope, year, definition, unit);
        }
        List<List<Object[]>> sums = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            sums.add(RollupChanges.added(changes.get(i).keys(), kept.sums().get(i), results.get(CHANGES + i)));
        }
        return laidOut(scope, year, definition, kept.names(), kept.table().region().name(), kept.basis(),
                kept.table().departmentCount() + ((Number) counted[0]).intValue(), latest, changes, sums);
    }

    private static String basis(List<Object[]> result) {
        Object[] digests = result.get(0);
        return digests[0] + "/" + digests[1];
    }

    /** The table of {@code sums}' results, with those names. */
    private static Rollup laidOut(RegionScope scope, int year, TableDefinition definition, TableContext names,
            String name, String basis, int departments, OffsetDateTime latest, List<SectionQuery.Sum> sums,
            List<List<Object[]>> sumResults) {
        String heading = name == null ? scope.region() : name;
        TableView table = Tables.derive(definition, new Tables.Heading(heading, heading, year, null,
                VersionStatus.PUBLISHED), names, SectionQuery.answered(sums, sumResults));
        return new Rollup(new RegionTable(table, new RegionRef(scope.region(), name), scope.includeSubregions(),
                departments, latest), List.copyOf(sumResults), names, basis);
    }

    private static OffsetDateTime published(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
    }
}
