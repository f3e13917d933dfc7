package io.yusuan.performance.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.yusuan.performance.DemoTargets;
import io.yusuan.testing.stub.InjectServiceStub;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The export of the source document's targets, written for regions of these tests' own (429901 ...). */
@QuarkusTest
class TargetExportResourceTest {

    private static final String EXPORT = "/api/v1/export/2022/targets";
    private static final String WINDOWS = "410304220000000006846";

    @InjectServiceStub
    WireMockServer budget;

    @BeforeEach
    void budgetServiceAnswers() {
        for (String region : List.of("429901", "429902", "429903")) {
            DemoTargets.budgetOf(budget, region);
        }
    }

    private static List<JsonNode> ndjson(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : body.isEmpty() ? new String[0] : body.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void exportsOneLinePerIndicatorOfEveryTargetWithEveryKeyOnEveryLine() throws IOException {
        DemoTargets.write("429901");

        Response answer = given().queryParam("region", "429901").when().get(EXPORT);
        answer.then().statusCode(200).contentType(containsString("application/x-ndjson"))
                .header("Vary", containsString("Accept"));
        List<JsonNode> lines = ndjson(answer.asString());

        assertThat(lines).hasSize(DemoTargets.indicators());
        for (JsonNode line : lines) {
            List<String> keys = new ArrayList<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(ExportRecord.COLUMNS);
        }
        JsonNode windows = lines.stream().filter(line -> WINDOWS.equals(line.get("projectCode").asText())
                && "服务窗口数量".equals(line.get("indicator").asText())).findFirst().orElseThrow();
        assertThat(windows.get("region").asText()).isEqualTo("429901");
        assertThat(windows.get("tier1").asText()).isEqualTo("产出指标");
        assertThat(windows.get("tier2").asText()).isEqualTo("数量指标");
        assertThat(windows.get("target").asText()).isEqualTo("46 个");
        assertThat(windows.get("value").decimalValue()).isEqualByComparingTo("46");
        assertThat(windows.get("unit").asText()).isEqualTo("个");
        assertThat(windows.get("actual").isNull()).isTrue();
        assertThat(lines.stream().filter(line -> "OVERALL".equals(line.get("scope").asText())))
                .allSatisfy(line -> assertThat(line.get("projectCode").isNull()).isTrue());
    }

    @Test
    void aRegionPrefixTakesTheRegionsUnderIt() throws IOException {
        DemoTargets.write("429902");
        DemoTargets.write("429903");

        assertThat(ndjson(given().queryParam("region", "4299").when().get(EXPORT).asString()))
                .hasSizeGreaterThanOrEqualTo(2 * DemoTargets.indicators());
        assertThat(ndjson(given().queryParam("region", "429903").when().get(EXPORT).asString()))
                .hasSize(DemoTargets.indicators());
    }

    @Test
    void csvHasAHeaderRowOfTheSameFieldsAndARowPerIndicator() throws IOException {
        DemoTargets.write("429901");

        String body = given().accept("text/csv").queryParam("region", "429901").when().get(EXPORT).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();

        assertThat(body).startsWith(String.join(",", ExportRecord.COLUMNS) + "\r\n");
        List<CSVRecord> rows = CSVParser.parse(new StringReader(body), CSVFormat.RFC4180).getRecords();
        assertThat(rows).hasSize(1 + DemoTargets.indicators());
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.size()).isEqualTo(ExportRecord.COLUMNS.size()));
    }

    @Test
    void sinceGivesTheTargetsWrittenOrWithActualsAfterIt() throws IOException {
        DemoTargets.write("429902");
        String newest = given().queryParam("region", "429902").when().get(EXPORT).then().statusCode(200)
                .extract().header("Yusuan-Newest-Publication");
        assertThat(ndjson(given().queryParam("region", "429902").queryParam("since", newest).when().get(EXPORT).asString()))
                .as("nothing after the newest write").isEmpty();

        DemoTargets.writeProject("429902", WINDOWS);
        given().auth().oauth2(DemoTargets.evaluator("429902")).contentType(ContentType.JSON)
                .body(Map.of("period", "MONITORING", "asOf", "2022-06-30",
                        "indicators", List.of(Map.of("indicator", 1, "actual", 40))))
                .when().post(DemoTargets.path("429902") + "/projects/410304220000000013205/actuals").then().statusCode(201);

        List<JsonNode> changed = ndjson(given().queryParam("region", "429902").queryParam("since", newest).when().get(EXPORT)
                .asString());
        assertThat(changed).extracting(line -> line.get("projectCode").asText()).containsOnly(WINDOWS,
                "410304220000000013205");
        assertThat(changed).hasSize(DemoTargets.indicators(WINDOWS) + DemoTargets.indicators("410304220000000013205"));
        JsonNode reported = changed.stream().filter(line -> line.get("indicatorNo").asInt() == 1
                && "410304220000000013205".equals(line.get("projectCode").asText())).findFirst().orElseThrow();
        assertThat(reported.get("actualPeriod").asText()).isEqualTo("MONITORING");
        assertThat(reported.get("actual").decimalValue()).isEqualByComparingTo("40");
    }

    @Test
    void answersNotModifiedToItsOwnETagInEachFormat() {
        DemoTargets.write("429901");
        List<String> tags = new ArrayList<>();
        for (String format : List.of("application/x-ndjson", "text/csv")) {
            String etag = given().accept(format).queryParam("region", "429901").when().get(EXPORT).then().statusCode(200)
                    .extract().header("ETag");
            given().accept(format).queryParam("region", "429901").header("If-None-Match", etag).when().get(EXPORT).then()
                    .statusCode(304).header("ETag", etag);
            tags.add(etag);
        }
        assertThat(tags.get(0)).as("each format has its own ETag").isNotEqualTo(tags.get(1));
    }

    @Test
    void badParametersAnswer400ProblemJson() {
        for (Map.Entry<String, String> bad : Map.of("region", "41030", "since", "yesterday").entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).when().get(EXPORT).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].pointer", is(bad.getKey()));
        }
        given().when().get("/api/v1/export/1999/targets").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/export/twenty/targets").then().statusCode(400).contentType("application/problem+json");
        given().accept("application/pdf").when().get(EXPORT).then().statusCode(406).contentType("application/problem+json");
    }
}
