package io.yusuan.performance.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.testing.postgres.EmbeddedPostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Migration V4 on a database that already holds targets and actuals: the feed starts with them. */
class ChangeFeedBackfillTest {

    @Test
    void targetsAndActualsWrittenBeforeTheFeedAreItsFirstEvents() throws SQLException {
        EmbeddedPostgresResource postgres = new EmbeddedPostgresResource();
        postgres.init(Map.of("database", "performance_backfill"));
        Map<String, String> database = postgres.start();
        String url = database.get("quarkus.datasource.jdbc.url");
        String user = database.get("quarkus.datasource.username");
        String password = database.get("quarkus.datasource.password");
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, user, password).target("3").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into performance_target (region_code, department_code, fiscal_year, scope, project_code,
                        department_name, annual_goal, budget_version, funding, revision, updated_at) values
                    ('410304', '141', 2022, 'PROJECT', '410304220000000006846', '政务服务和大数据管理局', '保证大厅的正常运转',
                        1, '{}', 3, '2022-03-02T00:00:00Z'),
                    ('410304', '141', 2022, 'OVERALL', '', '政务服务和大数据管理局', '加强统筹协调', 1, '{}', 1,
                        '2022-03-01T00:00:00Z')""");
            sql.execute("""
                    insert into actual_report (target_id, period, as_of, body, created_at)
                    select id, 'MONITORING', '2022-06-30', '{}', '2022-07-01T00:00:00Z' from performance_target
                    where scope = 'PROJECT'""");

            Flyway.configure().dataSource(url, user, password).load().migrate();

            List<String> events = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    select e.event, t.scope, e.revision from target_event e join performance_target t on t.id = e.target_id
                    order by e.sequence""")) {
                while (rows.next()) {
                    events.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3));
                }
            }
            assertThat(events).as("each target once at its current revision, in the order written, then the actuals")
                    .containsExactly("PUBLISHED OVERALL 1", "PUBLISHED PROJECT 3", "ACTUALS PROJECT 3");
        }
    }
}
