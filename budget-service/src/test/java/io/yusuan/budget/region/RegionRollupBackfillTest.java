package io.yusuan.budget.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V8 on a database that already holds published budgets: each budget counted once, with its latest published version. */
@QuarkusTest
class RegionRollupBackfillTest {

    private static final String SCHEMA = "rollup_backfill_test";

    @Inject
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load();
    }

    private static List<String> rows(Statement sql, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = sql.executeQuery(select)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(row.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    @Test
    void budgetsPublishedBeforeTheMigrationAreSummedWithTheirLatestPublishedVersionOnly() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            flyway("7").migrate();
            sql.execute("set search_path to " + SCHEMA);
            sql.execute("insert into department (region_code, region_name, code, name) values "
                    + "('410304', '洛阳市瀍河回族区', '141', '区政务服务和大数据管理局'), ('410304', '洛阳市瀍河回族区', '142', '区统计局')");
            sql.execute("insert into budget (department_id, fiscal_year) select id, 2022 from department");
            // 141: version 1 published, adjusted by version 2, with a draft 3 open; 142: version 1 published
            sql.execute("""
                    insert into budget_version (budget_id, number, status, content_hash, based_on, published_at,
                        approval_date, department_name, department_short_name, region_name, prior_year)
                    select b.id, v.number, v.status, 'h', v.based_on, v.published_at::timestamptz, date '2022-02-01',
                        'd' || d.code, 'd', 'r', v.prior_year::jsonb
                    from budget b join department d on d.id = b.department_id
                    join (values ('141', 1, 'PUBLISHED', null, '2022-02-18T08:30:00Z', null),
                                 ('141', 2, 'PUBLISHED', 1, '2022-06-01T08:00:00Z', '{"threePublicCosts": {"total": 50.00}}'),
                                 ('141', 3, 'DRAFT', 2, null, null),
                                 ('142', 1, 'PUBLISHED', null, '2022-03-01T08:00:00Z', null))
                        as v (department, number, status, based_on, published_at, prior_year) on v.department = d.code""");
            sql.execute("insert into budget_unit (version_id, code, name, type) select id, 'u', 'u', 'ADMINISTRATIVE' from budget_version");
            // every version has one 30217 (公务接待费) line of 一般公共预算 and a revenue line: 100 × its number for 141, 7 for 142
            sql.execute("""
                    insert into expenditure_line (version_id, line_no, unit_code, function_code, kind, category,
                        economic_code, government_economic_code, fund, carryover, amount)
                    select v.id, 1, 'u', '2010301', 'BASIC', 'PUBLIC', '30217', '50201', 'GENERAL_PUBLIC_BUDGET', false,
                        case d.code when '141' then 100 * v.number else 7 end
                    from budget_version v join budget b on b.id = v.budget_id join department d on d.id = b.department_id""");
            sql.execute("""
                    insert into revenue_line (version_id, line_no, unit_code, source, amount)
                    select id, 1, 'u', 'FISCAL_GENERAL_PUBLIC', 1 from budget_version""");
            sql.execute("insert into classification_name (fiscal_year, scheme, code, name, level, three_public_part) "
                    + "values (2022, 'economic-department', '30217', '公务接待费', 2, 'RECEPTION')");
            sql.execute("""
                    insert into publication_event (budget_id, version_id, version, event, published_at)
                    select budget_id, id, number, case when based_on is null then 'PUBLISHED' else 'ADJUSTED' end, published_at
                    from budget_version where status = 'PUBLISHED' order by published_at""");
            sql.execute("reset search_path");
            flyway("8").migrate();

            String schema = SCHEMA + ".";
            assertThat(rows(sql, "select department_code, version, total_revenue, total_expenditure, basic_expenditure, "
                    + "three_public, three_public_prior_year from " + schema + "region_budget order by department_code"))
                    .containsExactly("141 2 1.00 200.00 200.00 200.00 50.00", "142 1 1.00 7.00 7.00 7.00 null");
            // the region's own scope, and its subtree (no region under it): the same sums
            assertThat(rows(sql, "select subtree, region_code, economic_code, amount, lines from " + schema
                    + "region_economic order by subtree"))
                    .containsExactly("f 410304 30217 207.00 2", "t 410304 30217 207.00 2");
            assertThat(rows(sql, "select subtree, region_code, function_code, economic_code, amount, lines from " + schema
                    + "region_function order by subtree"))
                    .containsExactly("f 410304 2010301 302 207.00 2", "t 410304 2010301 302 207.00 2");
            assertThat(rows(sql, "select subtree, region_code, source, amount, lines from " + schema
                    + "region_revenue order by subtree"))
                    .containsExactly("f 410304 FISCAL_GENERAL_PUBLIC 2.00 2", "t 410304 FISCAL_GENERAL_PUBLIC 2.00 2");
            sql.execute("drop schema " + SCHEMA + " cascade");
        }
    }
}
