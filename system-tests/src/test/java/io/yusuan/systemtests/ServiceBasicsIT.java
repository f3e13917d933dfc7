package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
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

    /** Metrics name the JVM and internal methods: only catalog-admin may read them (issue 12, on purpose). */
    @ParameterizedTest
    @EnumSource(Service.class)
    void servesPrometheusMetricsToCatalogAdminsOnly(Service service, LocalStack stack) {
        Tokens tokens = new Tokens(stack.jwt());
        on(stack, service).accept("text/plain").get("/q/metrics")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
        on(stack, service).auth().oauth2(tokens.scoped(Tokens.BUDGET_EDITOR, "410304", "141")).accept("text/plain")
                .get("/q/metrics")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        // Prometheus' text format is what Accept: text/plain gets; without it, the answer is OpenMetrics.
        on(stack, service)
                .auth().oauth2(tokens.scoped(Tokens.CATALOG_ADMIN, null))
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE "))
                .body(containsString("jvm_memory_used_bytes"));
    }

    /** Every answer says nosniff and no-referrer; Swagger UI also sets a Content-Security-Policy. */
    @ParameterizedTest
    @EnumSource(Service.class)
    void sendsSecurityHeaders(Service service, LocalStack stack) {
        for (String path : new String[] {"/q/openapi", "/q/health/ready", "/no/such/path", "/q/swagger-ui"}) {
            on(stack, service).get(path).then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
        on(stack, service).get("/q/swagger-ui").then().statusCode(200)
                .header("Content-Security-Policy", not(emptyOrNullString()));
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
