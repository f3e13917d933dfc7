package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** catalog-service's schemes and shipped years come from its own Flyway migrations on the embedded PostgreSQL. */
@ExtendWith(LocalStackExtension.class)
class CatalogSchemesIT {

    @Test
    void listsTheFourSchemesInCatalogueOrder(LocalStack stack) {
        given().baseUri(stack.baseUrl(Service.CATALOG).toString())
                .get("/api/v1/schemes")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", contains("functional", "economic-department", "economic-government", "revenue"));
    }

    @Test
    void restatesTheSourceDocumentsCodesAndTheRenamed21305In2026Terms(LocalStack stack) {
        given().baseUri(stack.baseUrl(Service.CATALOG).toString())
                .contentType("application/json")
                .body(Map.of("codes", List.of("2010301", "2010399", "2080505", "2101101", "2210201", "21305")))
                .queryParam("from", 2022).queryParam("to", 2026)
                .post("/api/v1/crosswalks/functional/restate")
                .then()
                .statusCode(200)
                .body("results.status", contains("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "RENAMED"))
                .body("results[5].restatedAs[0].name", is("巩固脱贫攻坚成果衔接乡村振兴"));
    }
}
