package io.yusuan.budget.changes;

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

/** V6 on a database that already holds published budgets: one event per published version, in publication order. */
@QuarkusTest
class PublicationEventBackfillTest {

    private static final String SCHEMA = "backfill_test";

    @Inject
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void versionsPublishedBeforeTheMigrationBecomeEventsInTheOrderTheyWerePublished() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            flyway("5").migrate();
            sql.execute("set search_path to " + SCHEMA);
            sql.execute("insert into department (region_code, region_name, code, name) values "
                    + "('410304', '洛阳市瀍河回族区', '141', '区政务服务和大数据管理局'), ('410304', '洛阳市瀍河回族区', '142', '区统计局')");
            sql.execute("insert into budget (department_id, fiscal_year) select id, 2022 from department");
            // 141: published in February, adjusted in June, with a draft open; 142: published in March
            sql.execute("""
                    insert into budget_version (budget_id, number, status, content_hash, based_on, published_at,
                        department_name, department_short_name, region_name)
                    select b.id, v.number, v.status, 'h', v.based_on, v.published_at::timestamptz, 'd', 'd', 'r'
                    from budget b join department d on d.id = b.department_id
                    join (values ('141', 1, 'PUBLISHED', null, '2022-02-18T08:30:00Z'),
                                 ('141', 2, 'PUBLISHED', 1, '2022-06-01T08:00:00Z'),
                                 ('141', 3, 'DRAFT', 2, null),
                                 ('142', 1, 'PUBLISHED', null, '2022-03-01T08:00:00Z'))
                        as v (department, number, status, based_on, published_at) on v.department = d.code""");
            sql.execute("reset search_path");
            flyway("6").migrate();

            List<String> events = new ArrayList<>();
            try (ResultSet row = sql.executeQuery("select d.code, e.version, e.event from " + SCHEMA + ".publication_event e "
                    + "join " + SCHEMA + ".budget b on b.id = e.budget_id join " + SCHEMA + ".department d on d.id = b.department_id "
                    + "order by e.sequence")) {
                while (row.next()) {
                    events.add(row.getString(1) + " v" + row.getInt(2) + " " + row.getString(3));
                }
            }
            assertThat(events).containsExactly("141 v1 PUBLISHED", "142 v1 PUBLISHED", "141 v2 ADJUSTED");
            sql.execute("drop schema " + SCHEMA + " cascade");
        }
    }
}
