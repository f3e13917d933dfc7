package io.yusuan.catalog.code;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each shipped year answers its codes per scheme and level. The expected counts are those the catalogue
 * README states for each year's files (no edition we could see prints its own totals); a row added or
 * lost in a file without the README following fails here.
 */
@QuarkusTest
class YearSummaryResourceTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "2021; functional; 30,244,599; PROVISIONAL",
            "2022; functional; 30,244,599; PARTIAL",
            "2023; functional; 30,244,599; PROVISIONAL",
            "2024; functional; 30,245,600; PROVISIONAL",
            "2025; functional; 30,247,601; PROVISIONAL",
            "2026; functional; 30,247,601; PROVISIONAL",
            "2021; economic-department; 10,100; PROVISIONAL",
            "2022; economic-department; 10,100; PARTIAL",
            "2026; economic-department; 10,100; PROVISIONAL",
            "2021; economic-government; 15,65; PROVISIONAL",
            "2022; economic-government; 15,65; PARTIAL",
            "2026; economic-government; 15,65; PROVISIONAL",
            "2022; revenue; 6,54,0; PARTIAL",
            "2024; revenue; 6,54,2; PROVISIONAL",
            "2025; revenue; 6,54,5; PROVISIONAL"})
    void answersTheCodesOfEachLevelAsTheYearsFilesHoldThem(int year, String scheme, String counts, String coverage) {
        List<Integer> expected = Arrays.stream(counts.split(",")).map(Integer::valueOf).toList();
        given().when().get("/api/v1/schemes/" + scheme + "/years/" + year)
                .then().statusCode(200)
                .body("scheme", is(scheme))
                .body("year", is(year))
                .body("coverage", is(coverage))
                .body("levels.codes", contains(expected.toArray()))
                .body("codes", is(expected.stream().mapToInt(Integer::intValue).sum()));
    }

    @Test
    void countsTheProvisionalCodesOfEachLevel() {
        given().when().get("/api/v1/schemes/functional/years/2026")
                .then().statusCode(200)
                .body("levels.name", contains("类", "款", "项"))
                .body("levels.provisional", contains(30, 247, 601));
    }

    @ParameterizedTest
    @ValueSource(ints = {2022, 2024})
    void theItemsOfOrdinaryDistrictBudgetsAreUsableIn2022And2024(int year) {
        given().contentType(ContentType.JSON)
                .body(Map.of("codes", List.of("2089999", "2049999", "2059999", "2060702", "2081602", "2129999")))
                .when().post("/api/v1/schemes/functional/years/" + year + "/validation")
                .then().statusCode(200)
                .body("results.valid", everyItem(is(true)))
                .body("results.status", everyItem(oneOf("VALID", "PROVISIONAL")))
                .body("results.name", contains("其他社会保障和就业支出", "其他公共安全支出", "其他教育支出", "科普活动",
                        "一般行政管理事务", "其他城乡社区支出"));
    }

    @Test
    void anItemTheCatalogueMayLackIsUsableAndSaysWhy() {
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("2010398", "2019901")))
                .when().post("/api/v1/schemes/functional/years/2022/validation")
                .then().statusCode(200)
                .body("results[0].status", is("UNLISTED"))
                .body("results[0].valid", is(true))
                .body("results[0].path.code", contains("201", "20103"));
    }

    @Test
    void anUnloadedYearOrSchemeIsNotFound() {
        given().when().get("/api/v1/schemes/functional/years/2019").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/schemes/budget/years/2022").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
