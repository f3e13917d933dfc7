package io.yusuan.catalog.code;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeResourceTest {

    private static final String CODES_2022 = "/api/v1/schemes/functional/years/2022/codes";

    @ParameterizedTest(name = "{0} {1} resolves with its path")
    @CsvSource({
            "functional, 2010301, 行政运行, 201/20103/2010301",
            "functional, 2010399, 其他政府办公厅（室）及相关机构事务支出, 201/20103/2010399",
            "functional, 2080505, 机关事业单位基本养老保险缴费支出, 208/20805/2080505",
            "functional, 2101101, 行政单位医疗, 210/21011/2101101",
            "functional, 2210201, 住房公积金, 221/22102/2210201",
            "economic-department, 30101, 基本工资, 301/30101",
            "economic-department, 30102, 津贴补贴, 301/30102",
            "economic-department, 30103, 奖金, 301/30103",
            "economic-department, 30107, 绩效工资, 301/30107",
            "economic-department, 30108, 机关事业单位基本养老保险缴费, 301/30108",
            "economic-department, 30110, 职工基本医疗保险缴费, 301/30110",
            "economic-department, 30112, 其他社会保障缴费, 301/30112",
            "economic-department, 30113, 住房公积金, 301/30113",
            "economic-department, 30199, 其他工资福利支出, 301/30199",
            "economic-department, 30201, 办公费, 302/30201",
            "economic-department, 30207, 邮电费, 302/30207",
            "economic-department, 30228, 工会经费, 302/30228",
            "economic-department, 30229, 福利费, 302/30229",
            "economic-department, 30239, 其他交通费用, 302/30239",
            "economic-government, 50101, 工资奖金津补贴, 501/50101",
            "economic-government, 50102, 社会保障缴费, 501/50102",
            "economic-government, 50103, 住房公积金, 501/50103",
            "economic-government, 50201, 办公经费, 502/50201",
            "economic-government, 50501, 工资福利支出, 505/50501"})
    void everyCodeOfTheSourceDocumentResolvesWithItsPath(String scheme, String code, String name, String path) {
        given().when().get("/api/v1/schemes/{scheme}/years/2022/codes/{code}", scheme, code)
                .then().statusCode(200)
                .body("code", is(code))
                .body("year", is(2022))
                .body("name", is(name))
                .body("leaf", is(true))
                .body("path.code", contains(path.split("/")));
    }

    @ParameterizedTest(name = "every {0} code the source document prints is valid in 2022")
    @CsvSource(delimiter = ';', value = {
            "functional; 2010301 2010399 2080505 2101101 2210201",
            "economic-department; 30101 30102 30103 30107 30108 30110 30112 30113 30199 30201 30207 30228 30229 30239",
            "economic-government; 50101 50102 50103 50201 50501"})
    void everyCodeOfTheSourceDocumentIsValid(String scheme, String codes) {
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of(codes.split(" "))))
                .when().post("/api/v1/schemes/{scheme}/years/2022/validation", scheme)
                .then().statusCode(200)
                .body("invalid", is(0))
                .body("results.status", everyItem(is("VALID")));
    }

    @Test
    void aCodeCarriesItsBasicCategoryAndThreePublicPart() {
        given().when().get("/api/v1/schemes/economic-department/years/2022/codes/30217")
                .then().statusCode(200)
                .body("basicCategory", is("PUBLIC"))
                .body("threePublicPart", is("RECEPTION"));
        given().when().get("/api/v1/schemes/economic-department/years/2022/codes/30101")
                .then().statusCode(200)
                .body("basicCategory", is("PERSONNEL"))
                .body("threePublicPart", nullValue());
    }

    @Test
    void listsTheChildrenOfAParentInCodeOrder() {
        given().queryParam("parent", "20103").when().get(CODES_2022)
                .then().statusCode(200)
                .body("items.code", hasItem("2010301"))
                .body("items.code", hasItem("2010399"))
                .body("items.level", everyItem(is(3)))
                .body("items.parent", everyItem(is("20103")));
    }

    @Test
    void depthReturnsASubtree() {
        List<Integer> levels = given().queryParam("parent", "201").queryParam("depth", 2).queryParam("limit", 1000)
                .when().get(CODES_2022)
                .then().statusCode(200)
                .body("items.code", everyItem(startsWith("201")))
                .extract().path("items.level");
        org.assertj.core.api.Assertions.assertThat(levels).contains(2, 3).doesNotContain(1);
    }

    @Test
    void aCategoryWithoutSectionsIsALeafAndASectionListedWithoutItemsIsNot() {
        given().when().get(CODES_2022 + "/227").then().statusCode(200).body("leaf", is(true));
        given().when().get(CODES_2022 + "/20203").then().statusCode(200).body("leaf", is(false));
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("227", "20203", "2020301")))
                .when().post("/api/v1/schemes/functional/years/2022/validation")
                .then().statusCode(200)
                .body("results.status", contains("VALID", "NOT_LEAF", "UNLISTED"))
                .body("results[2].reason", containsString("lists 20203 对外援助 without its 项 codes"));
    }

    @Test
    void levelOneListsEveryCategory() {
        given().queryParam("level", 1).queryParam("limit", 1000).when().get(CODES_2022)
                .then().statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(27)))
                .body("items.code", hasItem("201"))
                .body("items.code", hasItem("221"));
    }

    @Test
    void searchesByCodePrefixAndByChineseOrEnglishName() {
        given().queryParam("q", "201030").when().get(CODES_2022)
                .then().statusCode(200)
                .body("items.code", hasItem("2010301"))
                .body("items.code", everyItem(startsWith("201030")));
        given().queryParam("q", "行政单位医疗").when().get(CODES_2022)
                .then().statusCode(200)
                .body("items.code", hasItem("2101101"));
        given().queryParam("q", "medical insurance of administrative").when().get(CODES_2022)
                .then().statusCode(200)
                .body("items.code", hasItem("2101101"));
    }

    @Test
    void theLastPageHasNoNextKey() {
        // absent, as the document says, rather than null where it promises a string
        given().queryParam("level", 1).when().get(CODES_2022).then().statusCode(200).body("$", not(hasKey("next")));
    }

    @Test
    void pagesWithACursorWithoutRepeatingOrSkipping() {
        List<String> all = given().queryParam("level", 1).queryParam("limit", 1000).when().get(CODES_2022)
                .then().extract().path("items.code");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("level", 1).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Map<String, Object> page = request.when().get(CODES_2022).then().statusCode(200).extract().path("");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.forEach(item -> paged.add((String) item.get("code")));
            cursor = (String) page.get("next");
        } while (cursor != null);
        org.assertj.core.api.Assertions.assertThat(paged).isEqualTo(all);
    }

    @Test
    void exportsAYearAsCsvByFormatOrByAccept() {
        String byFormat = given().queryParam("format", "csv").when().get(CODES_2022)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("code,level,parent,name,name_en,provenance,basic_category,three_public_part"))
                .body(containsString("2010301,项,20103,行政运行"))
                .extract().asString();
        String byAccept = given().accept("text/csv").when().get(CODES_2022)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(byAccept).isEqualTo(byFormat);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"functional, 2022", "economic-department, 2022", "revenue, 2024"})
    void ndjsonGivesEveryCodeOfTheYearOnePerLine(String scheme, int year) throws Exception {
        int codes = given().when().get("/api/v1/schemes/{scheme}/years/{year}", scheme, year)
                .then().statusCode(200).extract().path("codes");
        String ndjson = given().accept("application/x-ndjson").queryParam("limit", 5)
                .when().get("/api/v1/schemes/{scheme}/years/{year}/codes", scheme, year)
                .then().statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .header("Content-Disposition", containsString(scheme + "-" + year + ".ndjson"))
                .extract().asString();
        List<String> lines = ndjson.lines().toList();
        org.assertj.core.api.Assertions.assertThat(ndjson).endsWith("\n");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(codes);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode code = json.readTree(line);
            org.assertj.core.api.Assertions.assertThat(code.path("code").asText()).isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(code.path("year").asInt()).isEqualTo(year);
        }
    }

    @Test
    void ndjsonKeepsTheFiltersAndIsAskedForByFormatToo() {
        String byAccept = given().accept("application/x-ndjson").queryParam("parent", "20103")
                .when().get(CODES_2022).then().statusCode(200).extract().asString();
        String byFormat = given().queryParam("format", "ndjson").queryParam("parent", "20103")
                .when().get(CODES_2022).then().statusCode(200).contentType(startsWith("application/x-ndjson"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(byFormat).isEqualTo(byAccept)
                .startsWith("{\"code\":\"2010301\",\"name\":\"行政运行\"");
    }

    @Test
    void theCodesOperationDocumentsEachMediaTypeWithAnExample() {
        String content = "paths.'/api/v1/schemes/{scheme}/years/{year}/codes'.get.responses.'200'.content";
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(content + ".keySet()", containsInAnyOrder("application/json", "text/csv", "application/x-ndjson"))
                .body(content + ".'text/csv'.example", startsWith("code,level"))
                .body(content + ".'application/x-ndjson'.example.code", is("20101"))
                .body(content + ".'application/x-ndjson'.schema.$ref", is("#/components/schemas/Code"))
                .body("components.schemas.keySet()", not(hasItem("CodeSelection")));
    }

    @Test
    void anAcceptNoneOfJsonCsvOrNdjsonIsA406Problem() {
        given().accept("application/xml").when().get(CODES_2022)
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void readsCarryAnETagAndRevalidateTo304() {
        String etag = given().when().get(CODES_2022 + "/2010301")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(CODES_2022 + "/2010301")
                .then().statusCode(304)
                .header("ETag", is(etag));
        given().header("If-None-Match", etag).accept("text/csv").when().get(CODES_2022)
                .then().statusCode(200);
    }

    @Test
    void aWeakenedETagStillRevalidatesTo304() {
        String etag = given().when().get(CODES_2022 + "/2010301").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", "W/" + etag).when().get(CODES_2022 + "/2010301")
                .then().statusCode(304);
        given().header("If-None-Match", "W/\"another\"").when().get(CODES_2022 + "/2010301")
                .then().statusCode(200);
    }

    /** One filter tags every GET; each kind of read is checked, the CSV export too. */
    @ParameterizedTest
    @CsvSource({
            "/api/v1/schemes, application/json",
            "/api/v1/schemes/functional/years/2022/codes?parent=20103, application/json",
            "/api/v1/schemes/functional/years/2022/codes?format=csv, text/csv",
            "/api/v1/schemes/functional/years/2022/codes, text/csv",
            "/api/v1/schemes/functional/years/2022/codes, application/x-ndjson",
            "/api/v1/schemes/functional/years/2022/codes?format=ndjson, */*",
            "/api/v1/correspondence/2022?unitType=ADMINISTRATIVE, application/json",
            "/api/v1/crosswalks/functional?from=2022&to=2026, application/json",
            "/api/v1/mappings/cofog?year=2022, application/json"})
    void everyReadRevalidatesTo304AndVariesByAccept(String uri, String accept) {
        String etag = given().accept(accept).when().get(uri)
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .header("Vary", containsString("Accept"))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
        given().accept(accept).header("If-None-Match", etag).when().get(uri)
                .then().statusCode(304)
                .header("ETag", is(etag))
                .header("Vary", containsString("Accept"));
    }

    @Test
    void unknownSchemeYearCodeOrParentIsA404Problem() {
        given().when().get("/api/v1/schemes/nonsense/years/2022/codes")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("functional"));
        given().when().get("/api/v1/schemes/functional/years/2099/codes")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("2022"));
        given().when().get(CODES_2022 + "/2019988")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("parent", "299").when().get(CODES_2022)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void outOfRangeParametersAreA400Problem() {
        given().queryParam("level", 4).when().get(CODES_2022)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("level"));
        given().queryParam("format", "xml").when().get(CODES_2022)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "%%%").when().get(CODES_2022)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void validatesTenThousandCodesInOneCall() {
        List<String> codes = new ArrayList<>();
        String[] sample = {"2010301", "2010399", "20103", "2019888", "20I0301"};
        for (int i = 0; i < 10_000; i++) {
            codes.add(sample[i % sample.length]);
        }
        given().contentType(ContentType.JSON).body(Map.of("codes", codes))
                .when().post("/api/v1/schemes/functional/years/2022/validation")
                .then().statusCode(200)
                .body("total", is(10_000))
                .body("valid", is(4_000))
                .body("invalid", is(6_000))
                .body("results[0].status", is("VALID"))
                .body("results[0].path.code", contains("201", "20103", "2010301"))
                .body("results[2].status", is("NOT_LEAF"))
                .body("results[3].status", is("UNKNOWN"))
                .body("results[4].status", is("MALFORMED"))
                .body("results[9999].code", is("20I0301"));
    }

    @Test
    void refusesMoreThanTenThousandCodes() {
        given().contentType(ContentType.JSON).body(Map.of("codes", java.util.Collections.nCopies(10_001, "2010301")))
                .when().post("/api/v1/schemes/functional/years/2022/validation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("/codes"));
    }
}
