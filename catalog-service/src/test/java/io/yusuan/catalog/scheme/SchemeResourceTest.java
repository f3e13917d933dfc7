package io.yusuan.catalog.scheme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemeResourceTest {

    @Test
    void listsTheFourSchemesInCatalogueOrderFromTheDatabase() {
        given().when().get("/api/v1/schemes")
                .then().statusCode(200)
                .contentType("application/json")
                .body("", hasSize(4))
                .body("id", contains("functional", "economic-department", "economic-government", "revenue"))
                .body("[0].name", is("支出功能分类科目"))
                .body("[0].levels", contains("类", "款", "项"))
                .body("[0].codeLengths", contains(3, 5, 7))
                .body("[1].codeLengths", contains(3, 5))
                .body("[0].years.year", hasItems(2022, 2026))
                .body("[0].years.find { it.year == 2022 }.provenance", containsString("2022年政府收支分类科目"));
    }
}
