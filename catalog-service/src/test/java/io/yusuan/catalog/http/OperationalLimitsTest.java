package io.yusuan.catalog.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The limits application.properties sets: statement timeout, who reads /q/metrics, how large a body may be. */
@QuarkusTest
class OperationalLimitsTest {

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/schemes/functional/years/2041")
    URI load;

    @Test
    void everyStatementOfTheServiceTimesOutAfterThirtySeconds() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.createStatement().executeQuery("show statement_timeout")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("30s");
        }
    }

    /** Quarkus sends the bare challenge without a token itself; a bad token gets the shared layer's problem. */
    @Test
    void metricsNeedAToken() {
        given().when().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer abc.def.ghi").when().get("/q/metrics")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "editor", roles = "budget-editor")
    void metricsNeedTheCatalogAdministrator() {
        given().when().get("/q/metrics").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "catalog-office", roles = "catalog-admin")
    void theCatalogAdministratorReadsMetrics() {
        given().when().get("/q/metrics").then().statusCode(200);
    }

    /** Sent as a careful client does, asking to continue first: the server answers before the body is sent. */
    @Test
    void aBodyOverEightMebibytesIsRefusedAs413() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(load)
                        .expectContinue(true)
                        .header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[9 * 1024 * 1024]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
