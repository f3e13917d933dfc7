package io.yusuan.catalog.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

    /** A read, a CSV export, a 404 problem, the OpenAPI document and health all carry them. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/schemes", "/api/v1/schemes/functional/years/2022/codes?format=csv",
            "/api/v1/schemes/nonsense/years/2022/codes", "/q/openapi", "/q/health/live"})
    void everyAnswerForbidsSniffingAndReferrers(String path) {
        given().urlEncodingEnabled(false).when().get(path).then()
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer"));
    }
}
