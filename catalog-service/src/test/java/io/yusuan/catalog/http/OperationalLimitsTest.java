package io.yusuan.catalog.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

    /** Without any token the packaged service answers a problem too (ServiceBasicsIT); a test run has no such filter. */
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

    /**
     * Sent as a careful client does, asking to continue first: the server answers before the body is sent, and closes
     * the connection (the unread body must not be taken for a next request).
     */
    @Test
    void aBodyOverEightMebibytesIsRefusedAs413BeforeItIsSent() throws Exception {
        try (Socket socket = new Socket(load.getHost(), load.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("PUT " + load.getRawPath() + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: " + 9 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json")
                    .contains("\"status\":413");
        }
    }
}
