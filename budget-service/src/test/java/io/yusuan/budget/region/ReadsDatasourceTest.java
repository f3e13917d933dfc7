package io.yusuan.budget.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The datasource reads is read-only, and the roll-up's own SQL (what the benchmark runs in psql) answers through it. */
@QuarkusTest
class ReadsDatasourceTest {

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @Inject
    @DataSource("reads")
    AgroalDataSource reads;

    @Inject
    AgroalDataSource primary;

    @Inject
    RegionReads regionReads;

    @BeforeEach
    void budgets() {
        RegionBudgets.stub(catalog);
        RegionBudgets.publishOnce(publications);
    }

    @Test
    void aWriteThroughReadsFails() throws SQLException {
        try (Connection connection = reads.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "insert into region (code, name, path_codes) values ('419801', 'x', '41/4198/419801')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void theRollUpsSqlRunsThroughReadsToTheServicesFigures() throws SQLException {
        String sql = RollupQuery.sql(RegionBudgets.JIANXI, 2022, false, "03", false);
        String[] statements = sql.split(";\n");
        try (Connection connection = reads.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet counted = statement.executeQuery(statements[0])) {
                counted.next();
                assertThat(counted.getInt(1)).isEqualTo(2);
            }
            // the rows section: its total row first, its total column after the keys and grouping()
            try (ResultSet rows = statement.executeQuery(statements[1])) {
                rows.next();
                BigDecimal total = rows.getBigDecimal(5);
                assertThat(total).isEqualByComparingTo(RegionBudgets.json("/api/v1/regions/" + RegionBudgets.JIANXI
                        + "/budgets/2022/tables/03?unit=yuan").at("/sections/0/total/total").decimalValue());
            }
        }
    }

    @Test
    void aReadThatFailsLeavesNoConnectionInsideATransaction() throws SQLException {
        assertThatThrownBy(() -> regionReads.read(2022, List.of("a read that fails"), connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeQuery("select 1 / 0");
            }
        })).isInstanceOf(IllegalStateException.class);

        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet stuck = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where application_name = 'budget-service reads' and state like 'idle in transaction%'")) {
            stuck.next();
            assertThat(stuck.getInt(1)).isZero();
        }
    }
}
