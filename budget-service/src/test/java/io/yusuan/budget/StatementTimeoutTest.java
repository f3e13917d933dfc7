package io.yusuan.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The configuration that bounds what one request can cost: statement timeout, and who reads the metrics. */
@QuarkusTest
class StatementTimeoutTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyPooledConnectionHasTheStatementTimeout() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("show statement_timeout")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("30s");
        }
    }

    @Test
    void theMetricsNeedACatalogAdminToken() {
        given().when().get("/q/metrics").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "editor", roles = "budget-editor")
    void anEditorDoesNotReadTheMetrics() {
        given().when().get("/q/metrics").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "catalog-admin")
    void aCatalogAdminReadsTheMetrics() {
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
