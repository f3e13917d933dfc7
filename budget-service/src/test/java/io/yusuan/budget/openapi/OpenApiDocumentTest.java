package io.yusuan.budget.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDraftLoadShowsTheSourceDocumentsPackageAsItsExample() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", is("Yusuan budget-service"))
                .body("components.examples.source-2022.value.department.code", is("141"))
                .body("components.examples.source-2022.value.expenditures[0].functionCode", is("2010301"))
                .body("paths.'/api/v1/regions/{region}/departments/{department}/budgets/{year}/draft'.put.requestBody.content.'application/json'.examples.source-2022", notNullValue())
                .body("components.schemas.BudgetPackage.description", notNullValue());
    }
}
