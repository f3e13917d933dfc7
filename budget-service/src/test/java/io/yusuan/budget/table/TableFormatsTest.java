package io.yusuan.budget.table;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table as CSV with the template's Chinese headers, in 万元 rounded once from exact yuan, with the
 * template's note when empty; versions picked by number; and every wrong request a problem+json.
 * Departments 601 (the source package), 602 (the larger one) and 603 (the source package published,
 * then adjusted).
 */
@QuarkusTest
// the region's budget office at once editing and approving: these tests are of what the steps do, not of who may
@TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.APPROVER},
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class TableFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";
    private static final String TABLE = BUDGET + "/tables/{number}";

    @InjectServiceStub
    WireMockServer catalog;

    private static boolean loaded;

    @BeforeEach
    void loadThePackages() {
        CatalogStubs.answer2022(catalog);
        if (loaded) {
            return;
        }
        load("601", Packages.source("601"));
        load("602", Packages.larger());
        publishedThenAdjusted();
        loaded = true;
    }

    private static void load(String department, ObjectNode budget) {
        ((ObjectNode) budget.get("department")).put("code", department);
        given().contentType(ContentType.JSON).body(budget.toString())
                .when().put(BUDGET + "/draft", department).then().statusCode(200);
    }

    /** 603: version 1 is the source package, published; version 2, the open adjustment, spends 1 万元 more on 2010301. */
    private static void publishedThenAdjusted() {
        load("603", Packages.source("603"));
        given().when().post(BUDGET + "/draft/submit", "603").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("approvalDate", "2022-02-01", "approvedBy", "区财政局"))
                .when().post(BUDGET + "/draft/approve", "603").then().statusCode(200);
        given().when().post(BUDGET + "/draft/publish", "603").then().statusCode(200);
        given().when().post(BUDGET + "/adjustments", "603").then().statusCode(200);
        ObjectNode adjusted = Packages.source("603");
        ObjectNode office = (ObjectNode) adjusted.get("expenditures").get(10);
        assertThat(office.get("economicCode").asText()).isEqualTo("30201");
        office.put("amount", office.get("amount").decimalValue().add(new BigDecimal(10_000)));
        ObjectNode revenue = (ObjectNode) adjusted.get("revenues").get(0);
        revenue.put("amount", revenue.get("amount").decimalValue().add(new BigDecimal(10_000)));
        load("603", adjusted);
    }

    private static JsonNode json(String department, String number, Object... query) {
        var request = given().accept(ContentType.JSON);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        try {
            return JSON.readTree(request.when().get(TABLE, department, number).then().statusCode(200)
                    .contentType(ContentType.JSON).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode row(JsonNode table, String code) {
        for (JsonNode row : table.get("sections").get(0).get("rows")) {
            if (row.get("code").asText().equals(code)) {
                return row.get("values");
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void csvOfTable05IsThePrintedLayoutWithTheTemplatesChineseHeadersAndTheFiguresInWan() {
        String csv = given().accept("text/csv").when().get(TABLE, "601", "05").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"410304-601-2022-table-05.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("科目编码/类,科目编码/款,科目编码/项,单位代码,单位（科目名称）,合计（万元）,"
                + "基本支出/小计（万元）,基本支出/人员经费/工资福利支出（万元）,基本支出/人员经费/对个人和家庭的补助（万元）,"
                + "基本支出/公用经费/商品和服务支出（万元）,基本支出/公用经费/资本性支出（万元）,项目支出/小计（万元）,"
                + "项目支出/其他运转类（万元）,项目支出/特定目标类（万元）");
        // RFC 4180 as commons-csv writes it: an empty first field is quoted, so that the record is not a blank line
        assertThat(lines.get(1)).isEqualTo("\"\",,,,合计,173.07,134.67,126.44,0.00,8.23,0.00,38.40,38.40,0.00");
        // the unit's subtotal comes before its 项
        assertThat(lines.get(2)).startsWith("\"\",,,141001,").endsWith(",173.07,134.67,126.44,0.00,8.23,0.00,38.40,38.40,0.00");
        assertThat(lines).contains("201,03,01,,行政运行,108.00,108.00,99.77,0.00,8.23,0.00,0.00,0.00,0.00",
                "201,03,99,,其他政府办公厅（室）及相关机构事务支出,38.40,0.00,0.00,0.00,0.00,0.00,38.40,38.40,0.00",
                "208,05,05,,机关事业单位基本养老保险缴费支出,9.39,9.39,9.39,0.00,0.00,0.00,0.00,0.00,0.00");
    }

    @Test
    void csvInYuanSaysSoInItsHeaders() {
        String csv = given().accept("text/csv").queryParam("unit", "yuan").when().get(TABLE, "601", "05")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("合计（元）");
        assertThat(csv.lines()).contains("201,03,01,,行政运行,1080000.00,1080000.00,997700.00,0.00,82300.00,0.00,0.00,0.00,0.00");
    }

    /** The CSV of 07 by department code prints the paired government codes, as the XLSX does: both render one layout. */
    @Test
    void csvOfTable07ByDepartmentCodeKeepsThePairedGovernmentCodes() {
        String csv = given().accept("text/csv").queryParam("classification", "department").when().get(TABLE, "601", "07")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith(
                "部门预算支出经济分类科目/科目编码,部门预算支出经济分类科目/科目名称,政府预算支出经济分类科目/科目编码,"
                        + "政府预算支出经济分类科目/科目名称,");
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("30101,基本工资,50101,工资奖金津补贴,"));
    }

    /**
     * 万元 is the default and every figure is the exact yuan sum divided by 10,000 and rounded half-up
     * once: 2070101 is 1,868,390.62 yuan, 186.84 万元, where rounding each of its eighteen lines first
     * would give 186.83; 2101101 is 12.22, not 12.23.
     */
    @Test
    void wanIsTheDefaultAndRoundsOnceFromExactYuan() {
        JsonNode expected = Packages.resource("/packages/larger-2022.expected.json").get("table05");
        JsonNode wan = json("602", "05");
        assertThat(wan.get("unit").asText()).isEqualTo("万元");
        assertThat(json("602", "05", "unit", "wan")).isEqualTo(wan);

        List<String> checked = new ArrayList<>();
        expected.get("rows").fields().forEachRemaining(row -> row.getValue().fields().forEachRemaining(column -> {
            BigDecimal yuan = new BigDecimal(column.getValue().asText());
            assertThat(row(wan, row.getKey()).get(column.getKey()).decimalValue())
                    .as("05 %s %s", row.getKey(), column.getKey())
                    .isEqualByComparingTo(yuan.divide(new BigDecimal(10_000), 2, RoundingMode.HALF_UP));
            checked.add(row.getKey());
        }));
        assertThat(checked).contains("2070101", "2101101", "207");
        expected.get("total").fields().forEachRemaining(column -> assertThat(
                wan.get("sections").get(0).get("total").get(column.getKey()).decimalValue())
                .as("05 total %s", column.getKey())
                .isEqualByComparingTo(new BigDecimal(column.getValue().asText()).divide(new BigDecimal(10_000), 2, RoundingMode.HALF_UP)));

        assertThat(row(wan, "2070101").get("total").decimalValue()).isEqualByComparingTo("186.84");
        assertThat(row(wan, "2101101").get("total").decimalValue()).isEqualByComparingTo("12.22");
        assertThat(row(json("602", "05", "unit", "yuan"), "2070101").get("total").decimalValue())
                .isEqualByComparingTo("1868390.62");
        String csv = given().accept("text/csv").when().get(TABLE, "602", "05").then().statusCode(200).extract().asString();
        // printed by unit, each unit's 2070101 rounded once from its own exact yuan
        assertThat(csv.lines().filter(line -> line.startsWith("207,01,01,")).map(line -> line.split(",")[5]))
                .containsExactly("131.66", "55.18");
    }

    @Test
    void table09OfTheSourcePackageIsEmptyWithTheTemplatesNoteWordForWord() {
        String note = "注：区政务服务和大数据管理局 2022 年无政府性基金预算拨款安排的支出，故此表无数据";
        JsonNode table = json("601", "09");
        assertThat(table.get("empty").asBoolean()).isTrue();
        assertThat(table.get("note").asText()).isEqualTo(note);
        assertThat(table.get("sections").get(0).get("rows")).isEmpty();
        String csv = given().accept("text/csv").when().get(TABLE, "601", "09").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).contains(note);
        assertThat(json("601", "05").has("note")).isFalse();
    }

    @Test
    void versionPicksAVersionAndTheOpenDraftIsTheEditorsDefault() {
        assertThat(row(json("603", "05", "version", 1), "2010301").get("total").decimalValue()).isEqualByComparingTo("108.00");
        assertThat(json("603", "05", "version", 1).get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(row(json("603", "05", "version", 2), "2010301").get("total").decimalValue()).isEqualByComparingTo("109.00");
        assertThat(json("603", "05").get("version").asInt()).isEqualTo(2);
        String csv = given().accept("text/csv").queryParam("version", 1).when().get(TABLE, "603", "05")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("201,03,01,,行政运行,108.00,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv", TableWorkbook.MEDIA_TYPE})
    void anUnknownVersionIsNotFound(String accept) {
        given().accept(accept).queryParam("version", 3).when().get(TABLE, "603", "05").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404)).body("detail", containsString("3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "00"})
    void anUnknownTableIsNotFound(String number) {
        given().when().get(TABLE, "601", number).then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404))
                .body("detail", containsString("01 to 11"));
        given().accept("text/csv").when().get(TABLE, "601", number).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "5", "123"})
    void aTableNumberThatIsNotTwoDigitsIsABadRequest(String number) {
        // since issue 12 the number's pattern is checked with the other parameters: malformed is 400, unknown 404
        given().when().get(TABLE, "601", number).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", is("number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv", TableWorkbook.MEDIA_TYPE})
    void anUnknownUnitIsABadRequest(String accept) {
        given().accept(accept).queryParam("unit", "euro").when().get(TABLE, "601", "05").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400))
                .body("errors[0].message", containsString("wan or yuan"));
    }

    @Test
    void anUnknownBudgetIsNotFound() {
        given().accept("text/csv").when().get(TABLE, "699", "05").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
