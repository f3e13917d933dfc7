package io.yusuan.budget.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.version.BudgetAccess;
import io.yusuan.budget.version.ReturnRequest;
import io.yusuan.http.key.BudgetKey;
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

    @Test
    void everyKeyParameterCarriesItsPatternAndTheNewOperationsTheirSchemas() {
        String budget = "paths.'/api/v1/regions/{region}/departments/{department}/budgets/{year}";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(budget + "'.get.parameters.find { it.name == 'region' }.schema.pattern", is(BudgetKey.REGION_PATTERN))
                .body(budget + "/tables/{number}'.get.parameters.find { it.name == 'year' }.schema.pattern",
                        is(BudgetKey.YEAR_PATTERN))
                .body(budget + "/tables/{number}'.get.parameters.find { it.name == 'number' }.schema.pattern",
                        is("[0-9]{2}"))
                .body(budget + "/lines'.get.parameters.find { it.name == 'cursor' }.schema.maxLength", is(64))
                .body(budget + "/history'.get.responses.'200'.content.'application/json'.schema.items.$ref",
                        is("#/components/schemas/BudgetHistoryEntry"))
                .body(budget + "/draft/return'.post.responses.'403'.description", is(BudgetAccess.APPROVER_ONLY))
                .body(budget + "/draft/approve'.post.security", notNullValue())
                .body("components.schemas.Return.properties.reason.maxLength", is(ReturnRequest.REASON_MAX))
                .body("components.schemas.Approval.properties.approvedBy.maxLength", is(200));
    }
}
