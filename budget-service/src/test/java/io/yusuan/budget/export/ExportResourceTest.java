package io.yusuan.budget.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.yusuan.budget.changes.Publisher;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk export, read as a data platform reads it. Every @QuarkusTest shares one database, so each test exports
 * with {@code since} set to just before its own publications, and looks at its own departments only.
 */
@QuarkusTest
class ExportResourceTest {

    private static final String EXPORT = "/api/v1/export/{year}/lines";
    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publisher budgets;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    @AfterEach
    void removeTheBudgets() {
        budgets.removeAll("X8");
    }

    private void publish(String department, ObjectNode budget) {
        budgets.publish(department, budget);
    }

    /** 预算调整: the source package with its first line raised, published as the next version. */
    private void adjust(String department) {
        budgets.publishAdjustment(department, raised(department));
    }

    private static ObjectNode raised(String department) {
        ObjectNode budget = Packages.source(department);
        ((ObjectNode) budget.get("expenditures").get(0)).put("amount", 187600.00);
        ((ObjectNode) budget.get("revenues").get(0)).put("amount", 1740700.00);
        return budget;
    }

    private List<JsonNode> records(Response response) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            if (!line.isEmpty()) {
                try {
                    records.add(json.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return records;
    }

    private JsonNode read(Response response) {
        response.then().statusCode(200);
        try {
            return json.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<JsonNode> export(Map<String, ?> query) {
        Response response = given().queryParams(query).when().get(EXPORT, 2022);
        response.then().statusCode(200).contentType(startsWith(LineExport.NDJSON));
        return records(response);
    }

    private static List<JsonNode> of(List<JsonNode> records, String department) {
        return records.stream().filter(record -> record.get("department").asText().equals(department)).toList();
    }

    private static Predicate<JsonNode> flow(String flow) {
        return record -> record.get("flow").asText().equals(flow);
    }

    private static BigDecimal sum(List<JsonNode> records) {
        return records.stream().map(record -> record.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aPublishedBudgetIsExportedLineForLineAsItsLinesAndTotalsHaveIt() {
        Instant before = Instant.now();
        ObjectNode larger = Packages.larger();
        ((ObjectNode) larger.get("department")).put("code", "X801");
        publish("X801", larger);

        Response response = given().queryParam("since", before.toString()).when().get(EXPORT, 2022);
        response.then().statusCode(200)
                .contentType(startsWith(LineExport.NDJSON))
                .header("Cache-Control", is("no-cache"))
                .header("Vary", is("Accept"));
        List<JsonNode> records = records(response);
        assertThat(records).allSatisfy(record -> assertThat(record.get("department").asText()).isEqualTo("X801"));
        assertThat(records).allSatisfy(record ->
                assertThat(record.fieldNames()).toIterable().containsExactlyElementsOf(ExportLine.COLUMNS));

        List<JsonNode> expenditures = records.stream().filter(flow("EXPENDITURE")).toList();
        List<JsonNode> revenues = records.stream().filter(flow("REVENUE")).toList();
        JsonNode lines = read(given().queryParam("limit", 1000).when().get(BUDGET + "/lines", "X801")).get("items");
        assertThat(expenditures).hasSize(lines.size()).hasSize(60);
        assertThat(sum(expenditures)).isEqualByComparingTo(sum(List.copyOf(lines.findParents("amount"))));
        assertThat(revenues).hasSize(10);
        JsonNode totals = read(given().when().get(BUDGET, "X801")).get("totals");
        assertThat(sum(expenditures)).isEqualByComparingTo(totals.get("expenditure").decimalValue()).isEqualByComparingTo("5379223.88");
        assertThat(sum(revenues)).isEqualByComparingTo(totals.get("revenue").decimalValue());

        String publishedAt = records.get(0).get("publishedAt").asText();
        response.then().header(ExportResource.NEWEST_PUBLICATION, is(publishedAt));
        assertThat(records).allSatisfy(record -> {
            assertThat(record.get("version").asInt()).isEqualTo(1);
            assertThat(record.get("year").asInt()).isEqualTo(2022);
            assertThat(record.get("region").asText()).isEqualTo("410304");
            assertThat(record.get("regionName").asText()).isEqualTo("洛阳市瀍河回族区");
            assertThat(record.get("publishedAt").asText()).isEqualTo(publishedAt);
            assertThat(record.get("unitName").isNull()).isFalse();
        });
    }

    @Test
    void eachLineCarriesItsCodesNames() {
        Instant before = Instant.now();
        publish("X802", Packages.source("X802"));

        JsonNode salaries = export(Map.of("since", before.toString())).stream()
                .filter(record -> record.get("flow").asText().equals("EXPENDITURE") && record.get("lineNo").asInt() == 2)
                .findFirst().orElseThrow();
        assertThat(salaries.get("functionCode").asText()).isEqualTo("2010301");
        assertThat(salaries.get("functionName").asText()).isEqualTo("行政运行");
        assertThat(salaries.get("kind").asText()).isEqualTo("BASIC");
        assertThat(salaries.get("category").asText()).isEqualTo("PERSONNEL");
        assertThat(salaries.get("economicCode").asText()).isEqualTo("30101");
        assertThat(salaries.get("economicName").asText()).isEqualTo("基本工资");
        assertThat(salaries.get("governmentEconomicCode").asText()).isEqualTo("50101");
        assertThat(salaries.get("governmentEconomicName").asText()).isEqualTo("工资奖金津补贴");
        assertThat(salaries.get("fund").asText()).isEqualTo("GENERAL_PUBLIC_BUDGET");
        assertThat(salaries.get("unit").asText()).isEqualTo("141001");
        assertThat(salaries.get("unitType").asText()).isEqualTo("ADMINISTRATIVE");
        assertThat(salaries.get("departmentName").asText()).isEqualTo("河南省洛阳市瀍河回族区政务服务和大数据管理局");
        assertThat(salaries.get("carryover").asBoolean()).isFalse();
        assertThat(salaries.get("project").isNull()).isTrue();
        assertThat(salaries.get("amount").decimalValue()).isEqualByComparingTo("334600.00");
    }

    @Test
    void draftsAreNeverExportedNorAnAdjustmentBeforeItIsPublished() {
        Instant before = Instant.now();
        budgets.load("X803", Packages.source("X803"));
        publish("X804", Packages.source("X804"));
        budgets.adjust("X804");
        budgets.load("X804", raised("X804"));

        List<JsonNode> records = export(Map.of("since", before.toString()));
        assertThat(of(records, "X803")).isEmpty();
        assertThat(of(records, "X804")).hasSize(21).allSatisfy(record -> assertThat(record.get("version").asInt()).isEqualTo(1));
        assertThat(sum(of(records, "X804").stream().filter(flow("EXPENDITURE")).toList())).isEqualByComparingTo("1730700.00");
    }

    @Test
    void aRegionIncludesTheRegionsUnderItAndNoOther() {
        Instant before = Instant.now();
        publish("X805", Packages.source("X805"));

        for (String region : List.of("41", "410000", "4103", "410300", "410304")) {
            assertThat(of(export(Map.of("since", before.toString(), "region", region)), "X805")).as(region).hasSize(21);
        }
        for (String region : List.of("410305", "4102", "42")) {
            given().queryParam("since", before.toString()).queryParam("region", region).when().get(EXPORT, 2022)
                    .then().statusCode(200).header(ExportResource.NEWEST_PUBLICATION, nullValue())
                    .body(is(""));
        }
    }

    @Test
    void sinceGivesTheBudgetsPublishedOrAdjustedAfterItAndAsOfTheVersionThenPublished() {
        publish("X806", Packages.source("X806"));
        publish("X807", Packages.source("X807"));
        Instant between = Instant.now();
        adjust("X806");

        List<JsonNode> since = export(Map.of("since", between.toString()));
        assertThat(since.stream().map(record -> record.get("department").asText()).collect(Collectors.toSet()))
                .containsExactly("X806");
        assertThat(since).allSatisfy(record -> assertThat(record.get("version").asInt()).isEqualTo(2));
        assertThat(sum(since.stream().filter(flow("EXPENDITURE")).toList())).isEqualByComparingTo("1740700.00");

        List<JsonNode> then = export(Map.of("asOf", between.toString()));
        assertThat(of(then, "X806")).hasSize(21).allSatisfy(record -> assertThat(record.get("version").asInt()).isEqualTo(1));
        assertThat(of(then, "X807")).hasSize(21);
        assertThat(of(export(Map.of()), "X806")).allSatisfy(record -> assertThat(record.get("version").asInt()).isEqualTo(2));
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerLineWithCrlf() {
        Instant before = Instant.now();
        publish("X808", Packages.source("X808"));

        Response response = given().accept(LineExport.CSV).queryParam("since", before.toString()).when().get(EXPORT, 2022);
        response.then().statusCode(200).contentType(is("text/csv;charset=UTF-8"));
        String body = response.asString();
        assertThat(body).endsWith("\r\n");
        String[] rows = body.split("\r\n");
        assertThat(rows).hasSize(1 + 21);
        assertThat(rows[0]).isEqualTo(String.join(",", ExportLine.COLUMNS));
        String publishedAt = response.header(ExportResource.NEWEST_PUBLICATION);
        assertThat(rows[3]).isEqualTo("410304,洛阳市瀍河回族区,X808,河南省洛阳市瀍河回族区政务服务和大数据管理局,2022,1," + publishedAt
                + ",EXPENDITURE,2,141001,河南省洛阳市瀍河回族区政务服务和大数据管理局,ADMINISTRATIVE,2010301,行政运行,BASIC,PERSONNEL,,,,"
                + "30101,基本工资,50101,工资奖金津补贴,,GENERAL_PUBLIC_BUDGET,false,334600.00");
    }

    @Test
    void anUnchangedExportAnswers304AndANewPublicationChangesItsTag() {
        Instant before = Instant.now();
        publish("X809", Packages.source("X809"));

        String ndjson = given().queryParam("since", before.toString()).when().get(EXPORT, 2022)
                .then().statusCode(200).extract().header("ETag");
        String csv = given().accept(LineExport.CSV).queryParam("since", before.toString()).when().get(EXPORT, 2022)
                .then().statusCode(200).extract().header("ETag");
        assertThat(csv).isNotEqualTo(ndjson);
        given().header("If-None-Match", ndjson).queryParam("since", before.toString()).when().get(EXPORT, 2022)
                .then().statusCode(304).header("ETag", is(ndjson)).body(is(""));
        given().header("If-None-Match", ndjson).accept(LineExport.CSV).queryParam("since", before.toString())
                .when().get(EXPORT, 2022).then().statusCode(200);

        publish("X810", Packages.source("X810"));
        given().header("If-None-Match", ndjson).queryParam("since", before.toString()).when().get(EXPORT, 2022)
                .then().statusCode(200);
    }

    @Test
    void ndjsonIsTheDefaultAndOtherMediaTypesAre406() {
        given().accept("*/*").queryParam("since", Instant.now().toString()).when().get(EXPORT, 2022)
                .then().statusCode(200).contentType(startsWith(LineExport.NDJSON));
        given().accept("application/json").when().get(EXPORT, 2022)
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void malformedParametersAre400NamingEachOne() {
        given().queryParam("region", "4103x").queryParam("since", "yesterday").queryParam("asOf", "2022-13-01T00:00:00Z")
                .when().get(EXPORT, "22").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("year", "region", "since", "asOf"));
        given().queryParam("region", "4103001").when().get(EXPORT, 2022).then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("region"));
    }

    @Test
    void anExportThatIsNeverStreamedGivesItsConnectionBack() {
        String since = Instant.now().toString();
        String tag = given().queryParam("since", since).when().get(EXPORT, 2022).then().statusCode(200).extract().header("ETag");
        // more than the pool holds: a snapshot left open by a 304 or a HEAD would exhaust it
        for (int i = 0; i < 25; i++) {
            given().header("If-None-Match", tag).queryParam("since", since).when().get(EXPORT, 2022).then().statusCode(304);
            given().queryParam("since", since).when().head(EXPORT, 2022).then().statusCode(200).header("ETag", is(tag));
        }
        given().queryParam("since", since).when().get(EXPORT, 2022).then().statusCode(200).header("ETag", is(tag));
    }

    @Test
    void theOpenApiDocumentDescribesBothFormatsTheRecordAndEveryError() {
        String operation = "paths.'/api/v1/export/{year}/lines'.get.responses";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(operation + ".'200'.content.'application/x-ndjson'.schema.$ref", is("#/components/schemas/ExportLine"))
                .body(operation + ".'200'.content.'application/x-ndjson'.example.economicName", is("基本工资"))
                .body(operation + ".'200'.content.'text/csv'.example", startsWith(String.join(",", ExportLine.COLUMNS)))
                .body(operation + ".'200'.headers.'Yusuan-Newest-Publication'.schema.format", is("date-time"))
                .body(operation + ".'406'.content.'application/problem+json'.schema.$ref", is("#/components/schemas/Problem"))
                .body("components.schemas.ExportLine.required", containsInAnyOrder(ExportLine.COLUMNS.toArray()))
                .body("components.schemas.ExportLine.properties.functionCode.type", containsInAnyOrder("string", "null"))
                .body("components.schemas.ChangePage.required", containsInAnyOrder("changes", "next"));
    }
}
