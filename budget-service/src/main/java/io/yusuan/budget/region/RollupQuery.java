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
        boolean byFunction = switch (dimension) {
            case FUNCTIONAL, FUNCTIONAL_CATEGORIES, UNIT_FUNCTIONAL -> true;
            default -> false;
        };
        String expenditure = byFunction ? """
                 from region_function l
                cross join lateral (select l.project_category as category) p""" : """
                 from region_economic l
                left join classification_name n on n.fiscal_year = l.fiscal_year and n.scheme = 'economic-department'
                    and n.code = l.economic_code""";
        String own = "not l.subtree and l.region_code = '" + scope.region() + "'";
        String where;
        if (!scope.includeSubregions()) {
            where = own;
        } else if (dimension == RowDimension.UNIT_FUNCTIONAL) {
            where = "l.parent = '" + scope.region() + "'";
        } else {
            where = "l.subtree and l.region_code = '" + scope.region() + "'";
        }
        return new SectionQuery.Lines(expenditure, " from region_revenue l", "l.fiscal_year = " + year + " and " + where,
                "l.region_code");
    }
}
