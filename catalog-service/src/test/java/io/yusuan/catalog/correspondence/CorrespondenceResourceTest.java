package io.yusuan.catalog.correspondence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.catalog.load.YearLoadResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrespondenceResourceTest {

    private static Map<String, String> pair(String department, String government, String unitType) {
        return Map.of("departmentCode", department, "governmentCode", government, "unitType", unitType);
    }

    @Test
    void basicSalaryGoesTo50101ForAnAdministrativeUnitAnd50501ForAPublicInstitution() {
        given().queryParam("unitType", "ADMINISTRATIVE").when().get("/api/v1/correspondence/2022")
                .then().statusCode(200)
                .body("unitType", is("ADMINISTRATIVE"))
                .body("rows.find { it.departmentCode == '30101' }.departmentName", is("基本工资"))
                .body("rows.find { it.departmentCode == '30101' }.administrative.code", contains("50101"))
                .body("rows.find { it.departmentCode == '30101' }.administrative[0].name", is("工资奖金津补贴"))
                .body("rows.find { it.departmentCode == '30101' }.institution", nullValue());
        given().queryParam("unitType", "PUBLIC_INSTITUTION").when().get("/api/v1/correspondence/2022")
                .then().statusCode(200)
                .body("rows.find { it.departmentCode == '30101' }.institution.code", contains("50501"))
                .body("rows.find { it.departmentCode == '30101' }.administrative", nullValue());
    }

    @Test
    void capitalSpendingUnder310IsTheOrdinaryKindAndUnder309TheBasicConstructionKind() {
        given().when().get("/api/v1/correspondence/2022")
                .then().statusCode(200)
                .body("rows.find { it.departmentCode == '31002' }.administrative.code", contains("50306"))
                .body("rows.find { it.departmentCode == '31002' }.institution.code", contains("50601"))
                .body("rows.find { it.departmentCode == '31013' }.administrative.code", contains("50303"))
                .body("rows.find { it.departmentCode == '30913' }.administrative.code", contains("50403"))
                .body("rows.find { it.departmentCode == '30902' }.institution.code", contains("50602"))
                .body("rows.find { it.departmentCode == '31007' }.administrative.code", contains("50306", "50399"));
    }

    @Test
    void validatesPairsAgainstTheRelationKeepingIncompatibleClassesApartFromUnlistedPairs() {
        given().contentType(ContentType.JSON).body(Map.of("pairs", List.of(
                        pair("31002", "50306", "ADMINISTRATIVE"),
                        pair("31002", "50306", "CIVIL_SERVICE_MANAGED"),
                        pair("31013", "50303", "ADMINISTRATIVE"),
                        pair("31007", "50601", "PUBLIC_INSTITUTION"),
                        pair("30913", "50403", "ADMINISTRATIVE"),
                        pair("31002", "50102", "ADMINISTRATIVE"),
                        pair("30199", "50101", "ADMINISTRATIVE"),
                        pair("30107", "50501", "ADMINISTRATIVE"))))
                .when().post("/api/v1/correspondence/2022/validation")
                .then().statusCode(200)
                .body("total", is(8))
                .body("valid", is(5))
                .body("results.status", contains("MATCH", "MATCH", "MATCH", "MATCH", "MATCH", "INCOMPATIBLE", "UNLISTED",
                        "UNLISTED"))
                .body("results[5].reason", is("类 310 corresponds only to 类 503, 506, never to 501"))
                .body("results[6].expected", contains("50199"));
    }

    @Test
    void everyShippedYearHasACorrespondence() {
        for (int year = 2021; year <= 2026; year++) {
            given().contentType(ContentType.JSON).body(Map.of("pairs", List.of(pair("31002", "50306", "ADMINISTRATIVE"))))
                    .when().post("/api/v1/correspondence/" + year + "/validation")
                    .then().statusCode(200).body("results[0].status", is("MATCH"));
        }
    }

    private static final String LIST_HEADER = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n";

    /** The two economic lists of a new year, as small as the tests need. */
    private static void loadEconomicLists(int year) {
        given().contentType("text/csv; charset=UTF-8").body(LIST_HEADER
                        + "310,类,,资本性支出,Capital expenditure,provisional,PUBLIC,\n"
                        + "31002,款,310,办公设备购置,Office equipment,provisional,PUBLIC,\n")
                .when().put("/api/v1/schemes/economic-department/years/" + year).then().statusCode(201);
        given().contentType("text/csv; charset=UTF-8").body(LIST_HEADER
                        + "501,类,,机关工资福利支出,Wages,provisional,,\n"
                        + "50102,款,501,社会保障缴费,Social security,provisional,,\n"
                        + "503,类,,机关资本性支出（一）,Capital (1),provisional,,\n"
                        + "50306,款,503,设备购置,Equipment,provisional,,\n"
                        + "506,类,,对事业单位资本性补助,Capital grants to institutions,provisional,,\n"
                        + "50601,款,506,资本性支出（一）,Capital (1),provisional,,\n")
                .when().put("/api/v1/schemes/economic-government/years/" + year).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "catalog-office", roles = YearLoadResource.ADMINISTRATOR)
    void anAdministratorLoadsTheCorrespondenceOfANewYearAndPairsAreCheckedAgainstIt() {
        given().contentType(ContentType.JSON).body(Map.of("pairs", List.of(pair("31002", "50306", "ADMINISTRATIVE"))))
                .when().post("/api/v1/correspondence/2032/validation")
                .then().statusCode(200).body("results[0].status", is("UNLISTED"))
                .body("results[0].reason", is("this catalogue has no 对照表 for 2032"));
        loadEconomicLists(2032);
        given().contentType("text/csv; charset=UTF-8")
                .body("department_code,unit_column,government_code,provenance\n31002,ADMINISTRATIVE,50306,provisional\n"
                        + "31002,INSTITUTION,50601,provisional\n")
                .when().put("/api/v1/correspondence/2032")
                .then().statusCode(201).body("pairs", is(2)).body("provisionalPairs", is(2)).body("replaced", is(false));
        given().contentType(ContentType.JSON).body(Map.of("pairs", List.of(pair("31002", "50306", "ADMINISTRATIVE"),
                        pair("31002", "50102", "ADMINISTRATIVE"))))
                .when().post("/api/v1/correspondence/2032/validation")
                .then().statusCode(200).body("results.status", contains("MATCH", "INCOMPATIBLE"));
        given().when().get("/api/v1/correspondence/2032").then().statusCode(200)
                .body("rows[0].administrative[0].name", is("设备购置"));
    }

    @Test
    @TestSecurity(user = "catalog-office", roles = YearLoadResource.ADMINISTRATOR)
    void aCorrespondenceNeedsTheYearsEconomicListsAndOnlyTheirCodes() {
        String table = "department_code,unit_column,government_code,provenance\n31002,ADMINISTRATIVE,50306,provisional\n"
                + "31099,ADMINISTRATIVE,50399,provisional\n";
        given().contentType("text/csv; charset=UTF-8").body(table).when().put("/api/v1/correspondence/2035")
                .then().statusCode(404).contentType("application/problem+json");
        loadEconomicLists(2035);
        given().contentType("text/csv; charset=UTF-8").body(table).when().put("/api/v1/correspondence/2035")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", contains("/lines/3/department_code", "/lines/3/government_code"))
                .body("errors.code", contains("UNKNOWN_CODE", "UNKNOWN_CODE"));
    }

    @Test
    void aMalformedCodeInAPairIsA400NamingIt() {
        given().contentType(ContentType.JSON).body(Map.of("pairs", List.of(pair("3", "x", "ADMINISTRATIVE"))))
                .when().post("/api/v1/correspondence/2022/validation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", org.hamcrest.Matchers.hasItems("/pairs/0/departmentCode", "/pairs/0/governmentCode"));
    }

    @Test
    @TestSecurity(user = "catalog-office", roles = YearLoadResource.ADMINISTRATOR)
    void aBrokenCorrespondenceIsRejectedWholeWithEveryFault() {
        given().contentType("text/csv; charset=UTF-8")
                .body("department_code,unit_column,government_code,provenance\n3100,ADMINISTRATIVE,50306,provisional\n"
                        + "31002,MINISTRY,50306,provisional\n")
                .when().put("/api/v1/correspondence/2033")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", contains("/lines/2/department_code", "/lines/3/unit_column"));
        given().when().get("/api/v1/correspondence/2033").then().statusCode(404);
    }

    @Test
    void loadingACorrespondenceNeedsTheAdministratorsToken() {
        given().contentType("text/csv").body("department_code,unit_column,government_code,provenance\n")
                .when().put("/api/v1/correspondence/2034")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownUnitTypeOrYearIsAProblem() {
        given().queryParam("unitType", "MINISTRY").when().get("/api/v1/correspondence/2022")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/correspondence/2099")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("2099"));
        given().when().get("/api/v1/correspondence/1999")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("pairs", List.of(Map.of("departmentCode", "30101", "governmentCode", "50101"))))
                .when().post("/api/v1/correspondence/2022/validation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("/pairs/0/unitType"));
    }
}
