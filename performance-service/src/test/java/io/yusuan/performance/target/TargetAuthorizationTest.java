package io.yusuan.performance.target;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetAuthorizationTest {

    @Test
    void writingATargetNeedsAToken() {
        given().contentType(ContentType.JSON).body(Map.of("annualGoal", "x", "indicators", List.of()))
                .when().put("/api/v1/regions/410304/departments/141/performance/2022/projects/410304220000000006846")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
