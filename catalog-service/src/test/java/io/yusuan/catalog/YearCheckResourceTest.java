package io.yusuan.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class YearCheckResourceTest {

    @Test
    void checksEverySchemeAndThePairsOfAPackageInOneCall() {
        given().contentType(ContentType.JSON).body(Map.of(
                        "codes", Map.of(
                                "functional", List.of("2010301", "20103"),
                                "economic-department", List.of("30107", "30217"),
                                "economic-government", List.of("50501", "59998", "60001")),
                        "pairs", List.of(
                                Map.of("departmentCode", "30101", "governmentCode", "50101", "unitType", "ADMINISTRATIVE"))))
                .when().post("/api/v1/years/2022/validation")
                .then().statusCode(200)
                .body("year", is(2022))
                .body("codes.functional.status", contains("VALID", "NOT_LEAF"))
                .body("codes.economic-department.status", contains("VALID", "VALID"))
                .body("codes.economic-government.status", contains("VALID", "UNLISTED", "UNKNOWN"))
                .body("codes.economic-department[0].path.name", contains("工资福利支出", "绩效工资"))
                .body("codes.economic-department[1].threePublicPart", is("RECEPTION"))
                .body("pairs.status", contains("MATCH"));
    }

    @Test
    void anUnknownSchemeIsA404Problem() {
        given().contentType(ContentType.JSON).body(Map.of("codes", Map.of("nonsense", List.of("1"))))
                .when().post("/api/v1/years/2022/validation")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
