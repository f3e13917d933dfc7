package io.yusuan.budget.region;

import io.yusuan.budget.table.RowDimension;
import io.yusuan.budget.table.SectionQuery;
import io.yusuan.budget.table.TableDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a region's roll-up, over the sums kept at publication per scope (V8: region_function, region_economic and
 * region_revenue): each section of the table is the very aggregation a department's table runs ({@link SectionQuery}),
 * on the scope's summed lines instead of one version's. A region with its subregions reads the rows of its own subtree
 * scope, not the sums of every region under it. Every value is a literal, so that the text runs as it is in psql: the
 * benchmark times {@link #sql} there against the service.
 */
public final class RollupQuery {

    /** The published budgets counted, and the newest publication among them. */
    static final String COUNTED = "select count(*), max(published_at) from region_budget where fiscal_year = %d and %s";

    /**
     * The budgets that the publications after a stamp added to the count (those with no publication up to it), and the
     * newest publication among the budgets they published.
     */
    static final String COUNTED_SINCE = """
            select count(*) filter (where not exists (select 1 from publication_event e where e.budget_id = r.budget_id
                and e.sequence <= %d)), max(published_at)
            from region_budget r where fiscal_year = %d and sequence > %d and %s""";

    /**
     * The versions the publications after a stamp changed the count by, with the sign they count with and the chain
     * their lines are summed under: each budget they published with the version counted now (+1) and, if it had one,
     * the version its latest publication up to the stamp named, counted then (-1), under the chain it was counted with
     * (region_counted, V9; a version counted before V9 and replaced since has none recorded, and is never asked for:
     * every answer kept was read after V9 ran, when each budget's counted version had its chain recorded).
     */
    static final String CHANGED = """
            select r.fiscal_year, r.version_id, 1 as sign, r.region_code, r.region_path
            from region_budget r where r.fiscal_year = %1$d and r.sequence > %2$d
            union all
            select r.fiscal_year, e.version_id, -1, r.region_code, k.region_path
            from region_budget r
            cross join lateral (select e.version_id from publication_event e where e.budget_id = r.budget_id
                and e.sequence <= %3$d order by e.sequence desc limit 1) e
            join region_counted k on k.version_id = e.version_id
            where r.fiscal_year = %1$d and r.sequence > %2$d""";

    /**
     * What a roll-up depends on beside its budgets' publications, as two digests: the regions summed, with their names
     * and chains (which budgets a scope counts), and the year's code names with their 三公 parts (which name rows, and
     * which select the lines of 06's and 07's 三公 columns). Draft loads rewrite both, without a publication.
     */
    static final String BASIS = """
            select (select md5(coalesce(string_agg(code || '|' || name || '|' || coalesce(path_codes, ''), ',' order by code), ''))
                    from region where %s),
                (select md5(coalesce(string_agg(scheme || '|' || code || '|' || name || '|' || coalesce(three_public_part, ''),
                        ',' order by scheme, code), ''))
                    from classification_name where fiscal_year = %d)""";

    /** A summed line's project category as the sections' predicates read it ({@code p.category}). */
    private static final String PROJECT_CATEGORY = " cross join lateral (select l.project_category as category) p";

    /** A summed line's economic code's attributes as the sections' predicates read them ({@code n}: its 三公 part). */
    private static final String ECONOMIC_ATTRIBUTES = " left join classification_name n on n.fiscal_year = l.fiscal_year"
            + " and n.scheme = 'economic-department' and n.code = l.economic_code";

    /** How many lines a row of a section sums, over summed lines: the presence of a row that changes take lines from. */
    private static final String COUNTED_LINES = "coalesce(sum(l.lines), 0)";

    /** The regions summed, by code, and their names. */
    static final String REGIONS = "select code, name from region where %s order by code";

    /** The publication stamp of a year: its newest publication event, on the index region_budget_stamp. */
    static final String STAMP = "select coalesce(max(sequence), 0) from region_budget where fiscal_year = %d";

    private RollupQuery() {
    }

    /**
     * The roll-up of table {@code number} as the service runs it: the count of budgets counted (and the newest
     * publication), then each section's select (and the select of its printed rows, where it has one), each ending in
     * a semicolon. E.g. {@code RollupQuery.sql("410300", 2022, true, "05", false)}.
     *
     * @param region 6 digits
     * @param byDepartmentCode table 07 by department economic classification
     * @throws io.yusuan.problem.NotFoundProblem for a table that does not roll up
     */
    public static String sql(String region, int year, boolean includeSubregions, String number, boolean byDepartmentCode) {
        RegionScope scope = new RegionScope(region, includeSubregions);
        List<String> statements = new ArrayList<>();
        statements.add(counted(scope, year));
        sums(scope, year, RegionTables.definition(number, byDepartmentCode)).forEach(sum -> statements.add(sum.sql()));
        return String.join(";\n", statements) + ";\n";
    }

    /** The table's sections over the scope's summed lines, in the order {@code Tables.derive} asks for them. */
    static List<SectionQuery.Sum> sums(RegionScope scope, int year, TableDefinition definition) {
        return SectionQuery.sums(List.of(definition), dimension -> lines(scope, year, dimension));
    }

    static String stamp(int year) {
        return STAMP.formatted(year);
    }

    static String counted(RegionScope scope, int year) {
        return COUNTED.formatted(year, scope.condition("region_code"));
    }

    static String countedSince(RegionScope scope, int year, long since) {
        return COUNTED_SINCE.formatted(since, year, since, scope.condition("region_code"));
    }

    /** The changes since stamp {@code since} of the table's sections, in the order of {@link #sums}. */
    static List<SectionQuery.Sum> changes(RegionScope scope, int year, TableDefinition definition, long since) {
        return SectionQuery.sums(List.of(definition), dimension -> changes(scope, year, dimension, since));
    }

    static String basis(RegionScope scope, int year) {
        return BASIS.formatted(scope.condition("code"), year);
    }

    static String regions(RegionScope scope) {
        return REGIONS.formatted(scope.condition("code"));
    }

    /**
     * The scope's summed lines that rows of {@code dimension} group, shaped as a version's lines for the sections'
     * predicates: {@code l} the summed line, {@code p} its project's category, {@code n} its economic code's attributes.
     * Rows by function code read the sums by function code, rows by economic code the sums by economic code pair. A
     * printed table's units are the regions: the region's own departments, and with subregions each region right under
     * it with every region under that one.
     */
    static SectionQuery.Lines lines(RegionScope scope, int year, RowDimension dimension) {
        String expenditure = byFunction(dimension) ? " from region_function l" + PROJECT_CATEGORY
                : " from region_economic l" + ECONOMIC_ATTRIBUTES;
        return new SectionQuery.Lines(expenditure, " from region_revenue l", where(scope, year, dimension), "l.region_code",
                COUNTED_LINES);
    }

    /**
     * What the publications after stamp {@code since} changed in the scope's summed lines, in their shape
     * ({@link #lines}): the lines of each budget's version counted now, and negated, those of the version it counted at
     * {@code since}, summed per version and scope as {@code region_rollup_add} (V8) sums them into the kept lines. The
     * sections' selects over these are what the publications added to their sums ({@link RollupChanges}).
     */
    static SectionQuery.Lines changes(RegionScope scope, int year, RowDimension dimension, long since) {
        String changed = CHANGED.formatted(year, since, since);
        String expenditure = byFunction(dimension) ? """
                 from (select c.fiscal_year, s.subtree, s.region_code, s.parent, g.function_code, g.kind, g.category,
                        g.project_category, g.economic_code, g.fund, c.sign * g.amount as amount, c.sign * g.lines as lines
                    from (%s) c
                    cross join lateral (select l.function_code, l.kind, l.category, p.category as project_category,
                            case when l.kind = 'BASIC' then substr(l.economic_code, 1, 3) end as economic_code, l.fund,
                            sum(l.amount) as amount, count(*) as lines
                        from expenditure_line l
                        left join project p on p.version_id = l.version_id and p.code = l.project_code
                        where l.version_id = c.version_id
                        group by 1, 2, 3, 4, 5, 6) g
                    cross join region_rollup_scopes(c.region_code, c.region_path) s) l""".formatted(changed)
                + PROJECT_CATEGORY : """
                 from (select c.fiscal_year, s.subtree, s.region_code, g.economic_code, g.government_economic_code,
                        g.kind, g.category, g.fund, c.sign * g.amount as amount, c.sign * g.lines as lines
                    from (%s) c
                    cross join lateral (select l.economic_code, l.government_economic_code, l.kind, l.category, l.fund,
                            sum(l.amount) as amount, count(*) as lines
                        from expenditure_line l
                        where l.version_id = c.version_id
                        group by 1, 2, 3, 4, 5) g
                    cross join region_rollup_scopes(c.region_code, c.region_path) s) l""".formatted(changed)
                + ECONOMIC_ATTRIBUTES;
        String revenue = """
                 from (select c.fiscal_year, s.subtree, s.region_code, g.source, g.fund, c.sign * g.amount as amount,
                        c.sign * g.lines as lines
                    from (%s) c
                    cross join lateral (select l.source, l.fund, sum(l.amount) as amount, count(*) as lines
                        from revenue_line l
                        where l.version_id = c.version_id
                        group by 1, 2) g
                    cross join region_rollup_scopes(c.region_code, c.region_path) s) l""".formatted(changed);
        return new SectionQuery.Lines(expenditure, revenue, where(scope, year, dimension), "l.region_code", COUNTED_LINES);
    }

    private static boolean byFunction(RowDimension dimension) {
        return switch (dimension) {
            case FUNCTIONAL, FUNCTIONAL_CATEGORIES, UNIT_FUNCTIONAL -> true;
            default -> false;
        };
    }

    private static String where(RegionScope scope, int year, RowDimension dimension) {
        String where;
        if (!scope.includeSubregions()) {
            where = "not l.subtree and l.region_code = '" + scope.region() + "'";
        } else if (dimension == RowDimension.UNIT_FUNCTIONAL) {
            where = "l.parent = '" + scope.region() + "'";
        } else {
            where = "l.subtree and l.region_code = '" + scope.region() + "'";
        }
        return "l.fiscal_year = " + year + " and " + where;
    }
}
