package io.yusuan.budget.load;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.Packages;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftAuthorizationTest {

    @Test
    void refusesALoadWithoutAToken() {
        given().contentType(ContentType.JSON).body(Packages.source("310").toString())
                .when().put("/api/v1/regions/410304/departments/310/budgets/2022/draft")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void refusesALoadWithoutTheEditorRole() {
        given().contentType(ContentType.JSON).body(Packages.source("310").toString())
                .when().put("/api/v1/regions/410304/departments/310/budgets/2022/draft")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
