package io.yusuan.budget.region;

import io.yusuan.budget.version.BudgetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A region's departments ranked by a figure of their latest published budgets (region_budget, V8), a page at a time
 * by keyset: after the cursor's (value, region, department), ties broken by region code and department code in
 * ascending order whatever the order of the figure.
 */
@ApplicationScoped
public class DepartmentRanking {

    private final RegionReads reads;

    public DepartmentRanking(RegionReads reads) {
        this.reads = reads;
    }

    public RegionReads.Stamped<RankingPage> page(RegionScope scope, int year, RankingSort sort, boolean descending,
            int limit, RankingCursor after) {
        return reads.read(year, List.of("ranking", scope, sort, descending, limit, after == null ? "" : after.token()),
                connection -> read(connection, scope, year, sort, descending, limit, after));
    }

    /** The page's select: {@code ?} for the year, then the cursor's value (twice), region and department, then the limit. */
    static String sql(RegionScope scope, RankingSort sort, boolean descending, boolean afterCursor) {
        String column = "r." + sort.column();
        StringBuilder sql = new StringBuilder("""
                select r.region_code, g.name, r.department_code, r.department_name, r.version, r.published_at,
                    r.approval_date, r.total_revenue, r.total_expenditure, r.basic_expenditure, r.project_expenditure,
                    r.general_public_budget_expenditure, r.government_fund_expenditure, r.three_public,
                    r.three_public_prior_year
                from region_budget r
                left join region g on g.code = r.region_code
                where r.fiscal_year = ? and\s""").append(scope.condition("r.region_code"));
        if (afterCursor) {
            sql.append(" and (").append(column).append(descending ? " < ?" : " > ?").append(" or (").append(column)
                    .append(" = ? and (r.region_code, r.department_code) > (?, ?)))");
        }
        return sql.append(" order by ").append(column).append(descending ? " desc" : " asc")
                .append(", r.region_code, r.department_code limit ?").toString();
    }

    private static RankingPage read(Connection connection, RegionScope scope, int year, RankingSort sort,
            boolean descending, int limit, RankingCursor after) throws SQLException {
        List<RankedDepartment> items = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql(scope, sort, descending, after != null))) {
            int parameter = 1;
            select.setInt(parameter++, year);
            if (after != null) {
                select.setBigDecimal(parameter++, after.value());
                select.setBigDecimal(parameter++, after.value());
                select.setString(parameter++, after.region());
                select.setString(parameter++, after.department());
            }
            // one more than the page: whether there is a next page
            select.setInt(parameter, limit + 1);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    RankedDepartment item = item(row, year);
                    items.add(item);
                    values.add(row.getBigDecimal(sort.column()));
                }
            }
        }
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            RankedDepartment last = items.get(limit - 1);
            next = new RankingCursor(sort, descending, values.get(limit - 1), last.region().code(),
                    last.department().code()).token();
        }
        return new RankingPage(List.copyOf(items), next, counted(connection, scope, year));
    }

    private static int counted(Connection connection, RegionScope scope, int year) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(RollupQuery.counted(scope, year))) {
            row.next();
            return row.getInt(1);
        }
    }

    private static RankedDepartment item(ResultSet row, int year) throws SQLException {
        String region = row.getString("region_code");
        String department = row.getString("department_code");
        OffsetDateTime publishedAt = row.getObject("published_at", OffsetDateTime.class);
        LocalDate approvalDate = row.getObject("approval_date", LocalDate.class);
        BigDecimal total = row.getBigDecimal("total_expenditure");
        BigDecimal basic = row.getBigDecimal("basic_expenditure");
        BigDecimal project = row.getBigDecimal("project_expenditure");
        BigDecimal threePublic = row.getBigDecimal("three_public");
        BigDecimal prior = row.getBigDecimal("three_public_prior_year");
        return new RankedDepartment(new RegionRef(region, row.getString("name")),
                new RankedDepartment.DepartmentRef(department, row.getString("department_name")), row.getInt("version"),
                publishedAt, approvalDate, BudgetVersion.publishedOnTime(approvalDate, publishedAt),
                row.getBigDecimal("total_revenue"), total, basic, project, share(basic, total), share(project, total),
                row.getBigDecimal("general_public_budget_expenditure"), row.getBigDecimal("government_fund_expenditure"),
                threePublic, prior, prior == null ? null : threePublic.subtract(prior),
                "/api/v1/regions/" + region + "/departments/" + department + "/budgets/" + year);
    }

    /** A part of a total, four decimals; null of a total of 0. */
    static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.divide(total, 4, RoundingMode.HALF_UP);
    }
}
