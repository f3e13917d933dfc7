package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** catalog-service's schemes come from its own Flyway migrations on the embedded PostgreSQL. */
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
}
