package io.yusuan.budget.region;

import static io.restassured.RestAssured.given;
import static io.yusuan.budget.region.RegionBudgets.JIANXI;
import static io.yusuan.budget.region.RegionBudgets.LUOYANG;
import static io.yusuan.budget.region.RegionBudgets.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RegionTableResourceTest {


    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @BeforeEach
    void budgets() {
        RegionBudgets.stub(catalog);
        RegionBudgets.publishOnce(publications);
    }

    private static JsonNode region(String region, String number, String query) {
        return json("/api/v1/regions/" + region + "/budgets/2022/tables/" + number + "?unit=yuan" + query);
    }

    private static JsonNode department(String region, String department, String number, String query) {
        return json("/api/v1/regions/" + region + "/departments/" + department + "/budgets/2022/tables/" + number
                + "?unit=yuan" + query);
    }

    /**
     * Every amount of a table's sections (not its printed layout), by section, row and column, total rows too; without
     * trailing zeros, so that amounts compare by value.
     */
    private static Map<String, BigDecimal> amounts(JsonNode table) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (JsonNode section : table.get("sections")) {
            String key = section.get("key").asText();
            section.get("total").fields().forEachRemaining(value -> amounts.put(key + "/total/" + value.getKey(),
                    value.getValue().decimalValue().stripTrailingZeros()));
            for (JsonNode row : section.get("rows")) {
                String name = key + "/" + row.get("level").asInt() + "/" + row.path("code").asText() + "/"
                        + row.path("governmentCode").asText();
                row.get("values").fields().forEachRemaining(value -> amounts.put(name + "/" + value.getKey(),
                        value.getValue().decimalValue().stripTrailingZeros()));
            }
        }
        return amounts;
    }

    private static Map<String, BigDecimal> sum(List<Map<String, BigDecimal>> tables) {
        Map<String, BigDecimal> sum = new TreeMap<>();
        tables.forEach(table -> table.forEach((key, amount) -> sum.merge(key, amount, BigDecimal::add)));
        sum.replaceAll((key, amount) -> amount.stripTrailingZeros());
        return sum;
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "03", "04", "05", "06", "07", "08"})
    void aRegionsTableIsTheSumOfItsPublishedDepartmentsTables(String number) {
        JsonNode region = region(JIANXI, number, "");

        assertThat(amounts(region)).isEqualTo(sum(List.of(amounts(department(JIANXI, "R1", number, "")),
                amounts(department(JIANXI, "R2", number, "")))));
        assertThat(region.get("departmentCount").asInt()).isEqualTo(2);
        assertThat(region.get("region").get("code").asText()).isEqualTo(JIANXI);
        assertThat(region.get("region").get("name").asText()).isEqualTo("洛阳市涧西区");
        assertThat(region.get("departmentName").asText()).isEqualTo("洛阳市涧西区");
        assertThat(region.get("includeSubregions").asBoolean()).isFalse();
        assertThat(region.has("version")).isFalse();
        assertThat(region.get("number").asText()).isEqualTo(number);
        assertThat(region.get("printed").get("rows").size()).isPositive();
    }

    @Test
    void table07ByDepartmentClassificationIsTheSumOfTheDepartments() {
        assertThat(amounts(region(JIANXI, "07", "&classification=department"))).isEqualTo(sum(List.of(
                amounts(department(JIANXI, "R1", "07", "&classification=department")),
                amounts(department(JIANXI, "R2", "07", "&classification=department")))));
    }

    @Test
    void anAdjustmentReplacesTheVersionItAdjustsAndADraftNeverCounts() {
        // R2 was published from the source package, then adjusted to the larger one: R1 and R2 are now equal
        JsonNode r1 = department(JIANXI, "R1", "01", "");
        JsonNode region = region(JIANXI, "01", "");

        for (int section = 0; section < 2; section++) {
            BigDecimal one = r1.get("sections").get(section).get("total").get("amount").decimalValue();
            assertThat(region.get("sections").get(section).get("total").get("amount").decimalValue())
                    .isEqualByComparingTo(one.add(one));
        }
        // R5's draft is loaded, never published
        assertThat(region.get("departmentCount").asInt()).isEqualTo(2);
        assertThat(region.get("latestPublishedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})");
    }

    @Test
    void withSubregionsAPrefectureCoversItselfAndTheCountiesUnderIt() {
        JsonNode own = region(LUOYANG, "03", "");
        JsonNode nested = region(LUOYANG, "03", "&includeSubregions=true");
        JsonNode chanhe = region(RegionBudgets.CHANHE, "03", "");
        JsonNode jianxi = region(JIANXI, "03", "");

        assertThat(amounts(own)).isEqualTo(amounts(department(LUOYANG, "R3", "03", "")));
        assertThat(own.get("departmentCount").asInt()).isEqualTo(1);
        assertThat(amounts(nested)).isEqualTo(sum(List.of(amounts(own), amounts(chanhe), amounts(jianxi))));
        assertThat(nested.get("departmentCount").asInt()).isEqualTo(own.get("departmentCount").asInt()
                + chanhe.get("departmentCount").asInt() + jianxi.get("departmentCount").asInt());
        assertThat(nested.get("includeSubregions").asBoolean()).isTrue();
        // the printed table's blocks are the regions: 410305's subtotal under its code
        assertThat(nested.get("printed").get("rows").findValuesAsText("unitCode")).contains(LUOYANG, RegionBudgets.CHANHE, JIANXI);
    }

    @Test
    void aRegionsPrintedBlocksAreTheRegionsRightUnderIt() {
        JsonNode province = region("410000", "05", "&includeSubregions=true");
        JsonNode luoyang = region(LUOYANG, "05", "&includeSubregions=true");

        // 洛阳市 with its counties is one block of 河南省's table; its counties are blocks of 洛阳市's own
        assertThat(province.get("printed").get("rows").findValuesAsText("unitCode")).contains(LUOYANG)
                .doesNotContain(RegionBudgets.CHANHE, JIANXI);
        assertThat(luoyang.get("printed").get("rows").findValuesAsText("unitCode")).contains(RegionBudgets.CHANHE, JIANXI);
    }

    @Test
    void aRegionWithNoPublishedBudgetSumsToZeros() {
        JsonNode empty = region("419900", "03", "&includeSubregions=true");

        assertThat(empty.get("departmentCount").asInt()).isZero();
        assertThat(empty.get("latestPublishedAt").isNull()).isTrue();
        assertThat(empty.get("region").get("name").isNull()).isTrue();
        assertThat(empty.get("sections").get(0).get("total").get("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(empty.get("empty").asBoolean()).isTrue();
    }

    @Test
    void aRollUpIsServedAsCsvAndXlsx() {
        given().accept("text/csv").when().get("/api/v1/regions/" + JIANXI + "/budgets/2022/tables/05")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("410305-2022-table-05.csv"))
                .body(containsString("合计"));
        byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .when().get("/api/v1/regions/" + JIANXI + "/budgets/2022/tables/01?includeSubregions=true")
                .then().statusCode(200).header("Content-Disposition", containsString("410305-2022-with-subregions-table-01.xlsx"))
                .extract().asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "09", "10", "11", "12"})
    void aTableThatDoesNotRollUpIsNotFound(String number) {
        given().when().get("/api/v1/regions/" + JIANXI + "/budgets/2022/tables/" + number)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("01, 03, 04, 05, 06, 07, 08"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4103/budgets/2022/tables/01", "410300/budgets/1999/tables/01", "410300/budgets/2022/tables/1",
            "410300/budgets/2022/tables/01?unit=euro", "410300/budgets/2022/tables/07?classification=both",
            "410300/budgets/2022/tables/01?includeSubregions=maybe"})
    void aMalformedParameterIsABadRequest(String path) {
        given().when().get("/api/v1/regions/" + path).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPublicationIsSeenAtOnceThoughTheRollUpWasKept() {
        JsonNode before = region(RegionBudgets.ZHONGYUAN, "08", "");
        assertThat(region(RegionBudgets.ZHONGYUAN, "08", "")).isEqualTo(before);

        publications.publish(RegionBudgets.key(RegionBudgets.ZHONGYUAN, "R6"),
                RegionBudgets.in(RegionBudgets.ZHONGYUAN, "R6", Packages.larger()));

        JsonNode after = region(RegionBudgets.ZHONGYUAN, "08", "");
        assertThat(after.get("departmentCount").asInt()).isEqualTo(before.get("departmentCount").asInt() + 1);
        assertThat(amounts(after)).isNotEqualTo(amounts(before));
    }

    @Test
    void aRollUpIsNotModifiedUntilTheNextPublicationOfTheYear() {
        String path = "/api/v1/regions/" + RegionBudgets.ZHONGYUAN + "/budgets/2022/tables/08?unit=yuan";
        String tag = given().accept("application/json").get(path).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, must-revalidate").extract().header("ETag");
        String csvTag = given().accept("text/csv").get(path).then().statusCode(200).extract().header("ETag");
        assertThat(csvTag).isNotEqualTo(tag);
        given().accept("application/json").header("If-None-Match", tag).get(path).then().statusCode(304);

        publications.publish(RegionBudgets.key(RegionBudgets.ZHONGYUAN, "R7"),
                RegionBudgets.in(RegionBudgets.ZHONGYUAN, "R7", Packages.larger()));

        String after = given().accept("application/json").header("If-None-Match", tag).get(path).then().statusCode(200)
                .extract().header("ETag");
        assertThat(after).isNotEqualTo(tag);
    }
}
