package io.yusuan.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.performance.access.PerformanceRoles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The settings of application.properties that guard the service as a whole. */
@QuarkusTest
class ServiceSettingsTest {

    @Inject
    AgroalDataSource database;

    @Test
    void everyStatementOfThePoolHasA30SecondTimeout() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("show statement_timeout")) {
            setting.next();
            assertThat(setting.getString(1)).isEqualTo("30s");
        }
    }

    @Test
    void metricsAreForCatalogAdminsOnly() {
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(TestTokens.of(PerformanceRoles.EDITOR, "410304", "141")).when().get("/q/metrics")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of("catalog-admin", "410304", null)).when().get("/q/metrics").then().statusCode(200);
    }
}
