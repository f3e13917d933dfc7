package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every service serves the same way, checked on the packaged jars as they run in production. */
@ExtendWith(LocalStackExtension.class)
class ServiceBasicsIT {

    /** The name Quarkus gives its datasource readiness check. */
    private static final String DATABASE_CHECK = "Database connections health check";

    @ParameterizedTest
    @EnumSource(Service.class)
    void readyWithItsDatabase(Service service, LocalStack stack) {
        on(stack, service).get("/q/health/ready").then().statusCode(200);
        on(stack, service)
                .get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DATABASE_CHECK))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void servesSwaggerUiAndItsOpenApiDocument(Service service, LocalStack stack) {
        on(stack, service).get("/q/swagger-ui").then().statusCode(200).contentType(startsWith("text/html"));
        on(stack, service)
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Yusuan " + service.moduleName()));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void servesPrometheusMetrics(Service service, LocalStack stack) {
        // Prometheus' text format is what Accept: text/plain gets; without it, the answer is OpenMetrics.
        on(stack, service)
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE "))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void answersAnUnknownPathWithProblemJson(Service service, LocalStack stack) {
        on(stack, service)
                .get("/no/such/path")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    private static RequestSpecification on(LocalStack stack, Service service) {
        return given().baseUri(stack.baseUrl(service).toString());
    }
}
