package io.yusuan.budget.version;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.http.access.TokenScope;
import org.junit.jupiter.api.Test;

/**
 * A malformed region, department or year is a 400 problem naming it, before any database or catalog-service call:
 * never a 500, and never a 404 that would pass for "no such budget".
 */
@QuarkusTest
class BudgetKeyResourceTest {

    private static final String INVALID = "https://yusuan.io/problems/invalid-request";

    private static void refused(String path, String parameter) {
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("type", is(INVALID))
                .body("errors[0].pointer", containsString(parameter));
    }

    @Test
    void aMalformedRegionYearOrDepartmentIs400() {
        refused("/api/v1/regions/41030/departments/141/budgets/2022", "region");
        refused("/api/v1/regions/41030x/departments/141/budgets/2022/tables/05", "region");
        refused("/api/v1/regions/410304/departments/141/budgets/1999", "year");
        refused("/api/v1/regions/410304/departments/141/budgets/99999999999/lines", "year");
        refused("/api/v1/regions/410304/departments/a-b/budgets/2022/history", "department");
    }

    @Test
    void aNulOrA10KbSegmentIs400() {
        // a control character is refused before routing, by problem-details' filter, for every path segment
        given().urlEncodingEnabled(false).when().get("/api/v1/regions/410304/departments/14%001/budgets/2022/narrative")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("control character"));
        refused("/api/v1/regions/410304/departments/" + "a".repeat(10 * 1024) + "/budgets/2022/findings",
                "department");
    }

    @Test
    @TestSecurity(user = "editor", roles = Roles.EDITOR,
            attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
    void aWriteToAMalformedKeyIs400BeforeAnythingElse() {
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Packages.source("141").toString())
                .when().put("/api/v1/regions/410304/departments/14%001/budgets/2022/draft").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().post("/api/v1/regions/410304/departments/141/budgets/20222/draft/submit").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void otherParametersHaveTheirRangesToo() {
        String budget = "/api/v1/regions/410304/departments/141/budgets/2022";
        given().queryParam("version", 0).when().get(budget + "/findings").then().statusCode(400);
        given().queryParam("version", 1_000_000).when().get(budget + "/funding").then().statusCode(400);
        given().queryParam("asOf", "2".repeat(100)).when().get(budget + "/narrative").then().statusCode(400);
        given().queryParam("limit", 1001).when().get(budget + "/lines").then().statusCode(400);
        given().queryParam("cursor", "c".repeat(1000)).when().get(budget + "/lines").then().statusCode(400);
        given().urlEncodingEnabled(false).when().get(budget + "/tables/5x").then().statusCode(400);
    }
}
