package io.yusuan.budget.table;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table of two packages against figures computed by hand (in yuan, outside this code base):
 * the source document's, and a larger one with several unit types, funds, carry-over, 三公 and
 * procurement.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class TablesAgainstHandComputedFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectServiceStub
    WireMockServer catalog;

    private String tables;
    private SoftAssertions soft;

    private JsonNode table(String number, String... query) {
        var request = given().queryParam("unit", "yuan");
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        try {
            return JSON.readTree(request.when().get(tables + "/" + number).then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"source", "larger"})
    void everyTableMatchesTheHandComputedFigures(String name) {
        ObjectNode budget = name.equals("source") ? Packages.source("141") : Packages.larger();
        String department = budget.get("department").get("code").asText();
        CatalogStubs.answer2022(catalog);
        given().contentType(ContentType.JSON).body(budget.toString())
                .when().put("/api/v1/regions/410304/departments/{d}/budgets/2022/draft", department)
                .then().statusCode(200);
        tables = "/api/v1/regions/410304/departments/" + department + "/budgets/2022/tables";
        JsonNode expected = Packages.resource("/packages/" + name + "-2022.expected.json");
        soft = new SoftAssertions();

        JsonNode t01 = table("01");
        JsonNode revenue = section(t01, "revenue");
        expected.get("table01").get("revenue").fields().forEachRemaining(e ->
                same("01 revenue " + e.getKey(), row(revenue, e.getKey()).get("amount"), e.getValue()));
        same("01 本年收入合计", revenue.get("thisYear").get("amount"), expected.get("table01").get("revenueTotal"));
        same("01 上年结转结余", row(revenue, "CARRYOVER").get("amount"), expected.get("table01").get("carryover"));
        same("01 收入总计", revenue.get("total").get("amount"), expected.get("table01").get("revenueGrandTotal"));
        JsonNode spending = section(t01, "expenditure");
        expected.get("table01").get("expenditureByCategory").fields().forEachRemaining(e ->
                same("01 expenditure " + e.getKey(), row(spending, e.getKey()).get("amount"), e.getValue()));
        same("01 支出总计", spending.get("total").get("amount"), expected.get("table01").get("expenditureGrandTotal"));

        JsonNode t02 = section(table("02"), "rows");
        expected.get("table02").get("byUnit").fields().forEachRemaining(unit -> unit.getValue().fields().forEachRemaining(e ->
                same("02 " + unit.getKey() + " " + e.getKey(), row(t02, unit.getKey()).get(e.getKey()), e.getValue())));
        expected.get("table02").get("total").fields().forEachRemaining(e ->
                same("02 total " + e.getKey(), t02.get("total").get(e.getKey()), e.getValue()));

        for (String number : new String[] {"03", "05", "09", "10"}) {
            rowsAndTotal(number, section(table(number), "rows"), expected.get("table" + number));
        }

        JsonNode t04 = table("04");
        JsonNode fiscalRevenue = section(t04, "revenue");
        JsonNode e04 = expected.get("table04");
        for (String source : new String[] {"FISCAL_GENERAL_PUBLIC", "FISCAL_GOVERNMENT_FUND", "FISCAL_STATE_CAPITAL"}) {
            same("04 revenue " + source, row(fiscalRevenue, source).get("total"), e04.get("revenue").get(source));
        }
        same("04 carry-over 一般公共预算", row(fiscalRevenue, "CARRYOVER").get("generalPublic"),
                e04.get("revenue").get("carryoverGeneralPublic"));
        same("04 carry-over 政府性基金", row(fiscalRevenue, "CARRYOVER").get("governmentFund"),
                e04.get("revenue").get("carryoverGovernmentFund"));
        same("04 收入合计", fiscalRevenue.get("total").get("total"), e04.get("revenue").get("total"));
        JsonNode fiscalSpending = section(t04, "expenditure");
        e04.get("expenditureByCategory").fields().forEachRemaining(category -> category.getValue().fields()
                .forEachRemaining(e -> same("04 " + category.getKey() + " " + e.getKey(),
                        row(fiscalSpending, category.getKey()).get(e.getKey()), e.getValue())));
        e04.get("expenditureTotal").fields().forEachRemaining(e ->
                same("04 支出合计 " + e.getKey(), fiscalSpending.get("total").get(e.getKey()), e.getValue()));

        rowsAndTotal("06", section(table("06"), "rows"), expected.get("table06"));
        rowsAndTotal("07", section(table("07"), "rows"),
                rowsOf(expected.get("table07").get("byGovernmentCode"), expected.get("table07").get("total")));
        rowsAndTotal("07 by department code", section(table("07", "classification", "department"), "rows"),
                rowsOf(expected.get("table07").get("byDepartmentCode"), expected.get("table07").get("total")));

        JsonNode t08 = section(table("08"), "rows");
        expected.get("table08").fields().forEachRemaining(e -> same("08 " + e.getKey(), t08.get("total").get(e.getKey()), e.getValue()));

        JsonNode t11 = section(table("11"), "rows");
        ((com.fasterxml.jackson.databind.node.ArrayNode) t11.get("rows")).removeIf(row -> row.get("level").asInt() == 1);
        rowsAndTotal("11 (project rows)", t11, rowsOf(expected.get("table11").get("byProject"), expected.get("table11").get("total")));
        soft.assertAll();
    }

    private static JsonNode rowsOf(JsonNode rows, JsonNode total) {
        ObjectNode shaped = JSON.createObjectNode();
        shaped.set("rows", rows);
        shaped.set("total", total);
        return shaped;
    }

    /** Every expected row and the total, and no row beyond them. */
    private void rowsAndTotal(String table, JsonNode section, JsonNode expected) {
        Map<String, Map<String, BigDecimal>> actual = new HashMap<>();
        for (JsonNode row : section.get("rows")) {
            Map<String, BigDecimal> sums = actual.computeIfAbsent(row.get("code").asText(), c -> new HashMap<>());
            row.get("values").fields().forEachRemaining(e -> sums.merge(e.getKey(), e.getValue().decimalValue(), BigDecimal::add));
        }
        Iterator<Map.Entry<String, JsonNode>> rows = expected.get("rows").fields();
        while (rows.hasNext()) {
            Map.Entry<String, JsonNode> row = rows.next();
            Map<String, BigDecimal> sums = actual.remove(row.getKey());
            soft.assertThat(sums).as(table + " has row " + row.getKey()).isNotNull();
            if (sums != null) {
                row.getValue().fields().forEachRemaining(e -> soft.assertThat(sums.get(e.getKey()))
                        .as(table + " " + row.getKey() + " " + e.getKey()).isEqualByComparingTo(e.getValue().asText()));
            }
        }
        soft.assertThat(actual.keySet()).as(table + " rows beyond the hand-computed ones").isEmpty();
        expected.get("total").fields().forEachRemaining(e ->
                same(table + " total " + e.getKey(), section.get("total").get(e.getKey()), e.getValue()));
    }

    private void same(String what, JsonNode actual, JsonNode expected) {
        soft.assertThat(actual).as(what).isNotNull();
        if (actual != null) {
            soft.assertThat(actual.decimalValue()).as(what).isEqualByComparingTo(expected.asText());
        }
    }

    private static JsonNode section(JsonNode table, String key) {
        for (JsonNode section : table.get("sections")) {
            if (section.get("key").asText().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("table " + table.get("number") + " has no section " + key);
    }

    private static JsonNode row(JsonNode section, String code) {
        for (JsonNode row : section.get("rows")) {
            if (row.get("code").asText().equals(code)) {
                return row.get("values");
            }
        }
        return JSON.createObjectNode();
    }
}
