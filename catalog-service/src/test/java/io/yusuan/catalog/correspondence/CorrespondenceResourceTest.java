package io.yusuan.catalog.correspondence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrespondenceResourceTest {

    @Test
    void basicSalaryGoesTo50101ForAnAdministrativeUnitAnd50501ForAPublicInstitution() {
        given().queryParam("unitType", "ADMINISTRATIVE").when().get("/api/v1/correspondence/2022")
                .then().statusCode(200)
                .body("unitType", is("ADMINISTRATIVE"))
                .body("rows.find { it.departmentCode == '30101' }.departmentName", is("基本工资"))
                .body("rows.find { it.departmentCode == '30101' }.administrative.code", is("50101"))
                .body("rows.find { it.departmentCode == '30101' }.administrative.name", is("工资奖金津补贴"))
                .body("rows.find { it.departmentCode == '30101' }.institution", nullValue());
        given().queryParam("unitType", "PUBLIC_INSTITUTION").when().get("/api/v1/correspondence/2022")
                .then().statusCode(200)
                .body("rows.find { it.departmentCode == '30101' }.institution.code", is("50501"))
                .body("rows.find { it.departmentCode == '30101' }.administrative", nullValue());
        given().when().get("/api/v1/correspondence/2022")
                .then().statusCode(200)
                .body("rows.find { it.departmentCode == '30101' }.administrative.code", is("50101"))
                .body("rows.find { it.departmentCode == '30101' }.institution.code", is("50501"));
    }

    @Test
    void checksPairsByUnitTypeNamingTheExpectedCodeAndTheSourceDocumentsPerformancePayForAnOfficeHasNone() {
        given().contentType(ContentType.JSON).body(Map.of("pairs", List.of(
                        Map.of("departmentCode", "30101", "governmentCode", "50101", "unitType", "ADMINISTRATIVE"),
                        Map.of("departmentCode", "30101", "governmentCode", "50501", "unitType", "ADMINISTRATIVE"),
                        Map.of("departmentCode", "30101", "governmentCode", "50501", "unitType", "PUBLIC_INSTITUTION"),
                        Map.of("departmentCode", "39998", "governmentCode", "50101", "unitType", "ADMINISTRATIVE"),
                        Map.of("departmentCode", "30107", "governmentCode", "50501", "unitType", "ADMINISTRATIVE"))))
                .when().post("/api/v1/correspondence/2022/validation")
                .then().statusCode(200)
                .body("total", is(5))
                .body("valid", is(2))
                .body("results.status", contains("MATCH", "MISMATCH", "MATCH", "UNKNOWN_DEPARTMENT_CODE", "NO_CORRESPONDENCE"))
                .body("results[1].expected", is("50101"));
    }

    @Test
    void anUnknownUnitTypeOrYearIsAProblem() {
        given().queryParam("unitType", "MINISTRY").when().get("/api/v1/correspondence/2022")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/correspondence/1999")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("pairs", List.of(Map.of("departmentCode", "30101", "governmentCode", "50101"))))
                .when().post("/api/v1/correspondence/2022/validation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("/pairs/0/unitType"));
    }
}
