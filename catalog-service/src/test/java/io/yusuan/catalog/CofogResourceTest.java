package io.yusuan.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CofogResourceTest {

    @Test
    void mapsFunctionalCategoriesToCofogDivisions() {
        given().queryParam("year", 2022).when().get("/api/v1/mappings/cofog")
                .then().statusCode(200)
                .body("find { it.functionalCode == '201' }.cofogCode", is("01"))
                .body("find { it.functionalCode == '201' }.functionalName", is("一般公共服务支出"))
                .body("find { it.functionalCode == '210' }.cofogCode", startsWith("07"))
                .body("find { it.functionalCode == '20103' }.level", is(2));
    }

    @Test
    void needsAYear() {
        given().when().get("/api/v1/mappings/cofog")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("year"));
    }
}
