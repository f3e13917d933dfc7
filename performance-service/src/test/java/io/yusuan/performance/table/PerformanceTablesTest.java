package io.yusuan.performance.table;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.yusuan.performance.DemoTargets;
import io.yusuan.testing.stub.InjectServiceStub;
import io.yusuan.printed.PrintedWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tables 12 and 13 of the source document's targets (demo/performance), with the budget from a budget-service stub. */
@QuarkusTest
class PerformanceTablesTest {

    private static final String PERFORMANCE = "/api/v1/regions/410304/departments/141/performance/2022";

    @InjectServiceStub
    WireMockServer budget;

    @BeforeEach
    void loadTheSourceDocumentsTargets() {
        DemoTargets.budgetOf(budget, "410304");
        DemoTargets.write("410304");
    }

    @Test
    void table12CarriesTheBudgetFromBudgetServiceAndEveryIndicatorAsWritten() {
        given().when().get(PERFORMANCE + "/tables/12").then().statusCode(200)
                .body("departmentName", is("河南省洛阳市瀍河回族区政务服务和大数据管理局"))
                .body("budget.total", is(173.07f))
                .body("budget.governmentBudget", is(173.07f))
                .body("budget.specialAccount", nullValue())
                .body("budget.basic", is(134.67f))
                .body("budget.project", is(38.40f))
                .body("tasks[0].name", is("推进政务服务标准化,加快数字瀍河建设。"))
                .body("indicators", hasSize(29))
                .body("indicators[0].tier1", is("投入管理指标"))
                .body("indicators[0].tier2", is("工作目标管理"))
                .body("indicators[0].name", is("年度履职目标相关性"))
                .body("indicators[0].value", is("相关"))
                .body("indicators.value", hasItem("办理率 99%"))
                .body("indicators.value", hasItem("≤5%"));
    }

    @Test
    void table13CarriesEachProjectsAmountsAndIndicatorsByTier() {
        given().when().get(PERFORMANCE + "/tables/13").then().statusCode(200)
                .body("total.total", is(38.40f))
                .body("projects", hasSize(6))
                .body("projects.find { it.code == '410304220000000006846' }.amounts.total", is(20.00f))
                .body("projects.find { it.code == '410304220000000006846' }.cost[0].value", is("20 万元"))
                .body("projects.find { it.code == '410304220000000006846' }.output.value", hasItem("46 个"))
                .body("projects.find { it.code == '410304220000000006846' }.output.value", hasItem("≥7 小时"))
                .body("projects.find { it.code == '410304220000000013205' }.output.value", hasItem("6 人"))
                .body("projects.find { it.code == '410304220000000013205' }.output.value", hasItem("365 天"))
                .body("projects.find { it.code == '410304220000000019622' }.output.value", hasItem("9 个"))
                .body("projects.find { it.code == '410304220000000019622' }.output.normalised", hasItem("≤2 小时"))
                .body("projects.find { it.code == '410304220000000019622' }.output.normalised", hasItem("即时响应"));
    }

    @Test
    void theSourceDocumentsCostIndicatorsAgreeWithTheBudget() {
        given().when().get(PERFORMANCE + "/projects").then().statusCode(200)
                .body("findings.flatten().code", org.hamcrest.Matchers.not(hasItem("COST_DIFFERS_FROM_BUDGET")));
        given().when().get(PERFORMANCE).then().statusCode(200)
                .body("findings", hasSize(0));
    }

    @Test
    void table13HasASubtotalRowForEachUnitBeforeItsProjects() {
        given().when().get(PERFORMANCE + "/tables/13").then().statusCode(200)
                .body("units", hasSize(1))
                .body("units[0].code", is("141001"))
                .body("units[0].name", is("河南省洛阳市瀍河回族区政务服务和大数据管理局"))
                .body("units[0].amounts.total", is(38.40f))
                .body("projects[0].unitCode", is("141001"))
                .body("printed.header", hasSize(3))
                .body("printed.rows[0].kind", is("total"))
                .body("printed.rows[1].kind", is("subtotal"))
                .body("printed.rows[1].cells[0].text", is("141001"))
                .body("printed.rows[1].cells[2].amount", is(38.40f))
                .body("printed.rows[2].kind", is("project"))
                .body("printed.rows[2].cells[0].text", is("410304220000000006846"))
                .body("printed.rows[2].cells[0].rowSpan", is(3));
    }

    @Test
    void tablesComeAsCsvRenderedFromThePrintedLayout() {
        given().accept("text/csv").when().get(PERFORMANCE + "/tables/13").then().statusCode(200)
                .header("Vary", containsString("Accept"))
                .body(containsString("单位编码(项目编码),项目单位(项目名称),项目金额(万元)/资金总额,项目金额(万元)/政府预算资金,"
                        + "项目金额(万元)/财政专户管理资金,项目金额(万元)/单位资金,绩效目标/成本指标/三级指标,绩效目标/成本指标/指标值"))
                .body(containsString(",合计,38.40,38.40,"))
                .body(containsString("141001,河南省洛阳市瀍河回族区政务服务和大数据管理局,38.40,38.40,"))
                .body(containsString("410304220000000006846,政务服务工作经费,20.00,20.00,,,项目成本,20 万元,服务窗口数量,46 个,"))
                .body(containsString(",,,,,,,,实体政务大厅的标准化建设,≥90%,,,,"));
        given().accept("text/csv").when().get(PERFORMANCE + "/tables/12").then().statusCode(200)
                .body(containsString(",部门预算总额(万元),,173.07,"))
                .body(containsString("投入管理指标,工作目标管理,年度履职目标相关性,相关,"));
    }

    @Test
    void table13AsXlsxIsLaidOutLikeThePrintedTable() throws IOException {
        Sheet sheet = sheet(xlsx(PERFORMANCE + "/tables/13"), "13 部门预算项目绩效目标表");
        assertThat(text(sheet, 0, 0)).isEqualTo("2022年部门预算项目绩效目标表");
        assertThat(text(sheet, 1, 0)).isEqualTo("部门名称：河南省洛阳市瀍河回族区政务服务和大数据管理局");
        assertThat(text(sheet, 1, 13)).isEqualTo("单位：万元");
        assertThat(text(sheet, 2, 2)).isEqualTo("项目金额(万元)");
        assertThat(text(sheet, 2, 6)).isEqualTo("绩效目标");
        assertThat(text(sheet, 3, 8)).isEqualTo("产出指标");
        assertThat(text(sheet, 4, 9)).isEqualTo("指标值");
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(2, 2, 6, 13), new CellRangeAddress(2, 3, 2, 5),
                new CellRangeAddress(3, 3, 8, 9), new CellRangeAddress(2, 4, 0, 0));
        assertThat(text(sheet, 5, 1)).isEqualTo("合计");
        assertThat(amount(sheet, 5, 2)).isEqualTo(38.40);
        // the unit's subtotal row, before its projects
        assertThat(text(sheet, 6, 0)).isEqualTo("141001");
        assertThat(text(sheet, 6, 1)).isEqualTo("河南省洛阳市瀍河回族区政务服务和大数据管理局");
        assertThat(amount(sheet, 6, 2)).isEqualTo(38.40);
        assertThat(amount(sheet, 6, 3)).isEqualTo(38.40);
        assertThat(sheet.getRow(6).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        // a project, its code and amounts merged down its three rows, its indicators side by side
        assertThat(text(sheet, 7, 0)).isEqualTo("410304220000000006846");
        assertThat(amount(sheet, 7, 2)).isEqualTo(20.00);
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(7, 9, 0, 0), new CellRangeAddress(7, 9, 2, 2));
        assertThat(text(sheet, 7, 8)).isEqualTo("服务窗口数量");
        assertThat(text(sheet, 7, 9)).isEqualTo("46 个");
        assertThat(text(sheet, 7, 12)).isEqualTo("办事群众的满意率");
        assertThat(text(sheet, 8, 8)).isEqualTo("实体政务大厅的标准化建设");
        assertThat(text(sheet, 9, 9)).isEqualTo("≥7 小时");
    }

    @Test
    void table12AsXlsxIsTheFormThenTheIndicators() throws IOException {
        Sheet sheet = sheet(xlsx(PERFORMANCE + "/tables/12"), "12 部门（单位）整体绩效目标表");
        assertThat(text(sheet, 0, 0)).isEqualTo("本级部门(单位)整体绩效目标表");
        assertThat(text(sheet, 1, 0)).isEqualTo("(2022年度)");
        assertThat(text(sheet, 3, 0)).isEqualTo("部门(单位)名称");
        assertThat(text(sheet, 3, 1)).isEqualTo("河南省洛阳市瀍河回族区政务服务和大数据管理局");
        assertThat(text(sheet, 7, 0)).isEqualTo("预算情况");
        assertThat(text(sheet, 7, 1)).isEqualTo("部门预算总额(万元)");
        assertThat(amount(sheet, 7, 3)).isEqualTo(173.07);
        assertThat(amount(sheet, 11, 3)).isEqualTo(134.67);
        assertThat(text(sheet, 13, 0)).isEqualTo("一级指标");
        assertThat(text(sheet, 14, 0)).isEqualTo("投入管理指标");
        assertThat(text(sheet, 14, 1)).isEqualTo("工作目标管理");
        assertThat(text(sheet, 14, 2)).isEqualTo("年度履职目标相关性");
        assertThat(text(sheet, 14, 3)).isEqualTo("相关");
        // 投入管理指标 spans its twenty rows, 工作目标管理 its three
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(14, 33, 0, 0), new CellRangeAddress(14, 16, 1, 1));
    }

    @Test
    void aTableAnswersNotModifiedToItsOwnETagInEachFormat() {
        for (String format : List.of("application/json", "text/csv", PrintedWorkbook.MEDIA_TYPE)) {
            String etag = given().accept(format).when().get(PERFORMANCE + "/tables/13").then().statusCode(200)
                    .header("Vary", containsString("Accept"))
                    .header("Cache-Control", "public, max-age=60, must-revalidate").extract().header("ETag");
            assertThat(etag).as(format).isNotBlank();
            given().accept(format).header("If-None-Match", etag).when().get(PERFORMANCE + "/tables/13").then()
                    .statusCode(304).header("ETag", etag).header("Vary", containsString("Accept"));
        }
        String json = given().accept("application/json").get(PERFORMANCE + "/tables/12").then().extract().header("ETag");
        String xlsx = given().accept(PrintedWorkbook.MEDIA_TYPE).get(PERFORMANCE + "/tables/12").then().extract().header("ETag");
        assertThat(json).as("each format has its own ETag").isNotEqualTo(xlsx);
        given().accept(PrintedWorkbook.MEDIA_TYPE).header("If-None-Match", json).when().get(PERFORMANCE + "/tables/12")
                .then().statusCode(200);
    }

    @Test
    void table12AnswersNotModifiedInEachFormatUntilTheOverallTargetIsRewritten() {
        List<String> formats = List.of("application/json", "text/csv", PrintedWorkbook.MEDIA_TYPE);
        List<String> tags = formats.stream().map(format -> given().accept(format).when().get(PERFORMANCE + "/tables/12")
                .then().statusCode(200).extract().header("ETag")).toList();
        assertThat(tags).as("each format has its own ETag").doesNotHaveDuplicates();
        for (int i = 0; i < formats.size(); i++) {
            given().accept(formats.get(i)).header("If-None-Match", tags.get(i)).when().get(PERFORMANCE + "/tables/12")
                    .then().statusCode(304);
        }

        DemoTargets.writeOverall("410304");

        for (int i = 0; i < formats.size(); i++) {
            given().accept(formats.get(i)).header("If-None-Match", tags.get(i)).when().get(PERFORMANCE + "/tables/12")
                    .then().statusCode(200);
        }
    }

    @Test
    void aFormatNoneOfJsonCsvAndXlsxIsA406Problem() {
        given().accept("application/pdf").when().get(PERFORMANCE + "/tables/12").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void theCombinedWorkbookAppendsTables12And13ToBudgetServicesTables() throws IOException {
        budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/141/budgets/2022/tables.xlsx"))
                .withQueryParam("version", equalTo("1"))
                .willReturn(aResponse().withHeader("Content-Type", PrintedWorkbook.MEDIA_TYPE).withBody(budgetWorkbook())));
        Response answer = given().accept(PrintedWorkbook.MEDIA_TYPE).when().get(PERFORMANCE + "/tables.xlsx");
        answer.then().statusCode(200).contentType(PrintedWorkbook.MEDIA_TYPE)
                .header("Vary", containsString("Accept"))
                .header("Content-Disposition", containsString("410304-141-2022-tables.xlsx"));
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(answer.asByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("01 部门收支预算表");
            assertThat(text(workbook.getSheetAt(0), 0, 0)).isEqualTo("2022年部门收支预算表");
            assertThat(workbook.getSheetName(1)).isEqualTo("12 部门（单位）整体绩效目标表");
            assertThat(workbook.getSheetName(2)).isEqualTo("13 部门预算项目绩效目标表");
            assertThat(text(workbook.getSheetAt(2), 6, 0)).isEqualTo("141001");
            assertThat(text(workbook.getSheetAt(1), 14, 2)).isEqualTo("年度履职目标相关性");
        }
        given().accept(PrintedWorkbook.MEDIA_TYPE).header("If-None-Match", answer.header("ETag"))
                .when().get(PERFORMANCE + "/tables.xlsx").then().statusCode(304);
    }

    @Test
    void theCombinedWorkbookAnswersNotModifiedThoughBudgetServiceWritesDifferentBytesEachTime() throws IOException {
        // like the real budget-service, whose POI stamps every workbook with the time it was written
        String tablesXlsx = "/api/v1/regions/410304/departments/141/budgets/2022/tables.xlsx";
        byte[] first = budgetWorkbook("2022-01-01T00:00:00Z");
        byte[] second = budgetWorkbook("2022-01-01T00:00:01Z");
        assertThat(first).isNotEqualTo(second);
        budget.stubFor(get(urlPathEqualTo(tablesXlsx)).withQueryParam("version", equalTo("1"))
                .inScenario("workbook stamped with the time").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("written once")
                .willReturn(aResponse().withHeader("Content-Type", PrintedWorkbook.MEDIA_TYPE).withBody(first)));
        budget.stubFor(get(urlPathEqualTo(tablesXlsx)).withQueryParam("version", equalTo("1"))
                .inScenario("workbook stamped with the time").whenScenarioStateIs("written once")
                .willReturn(aResponse().withHeader("Content-Type", PrintedWorkbook.MEDIA_TYPE).withBody(second)));
        try {
            String etag = given().accept(PrintedWorkbook.MEDIA_TYPE).when().get(PERFORMANCE + "/tables.xlsx").then()
                    .statusCode(200).extract().header("ETag");
            String again = given().accept(PrintedWorkbook.MEDIA_TYPE).when().get(PERFORMANCE + "/tables.xlsx").then()
                    .statusCode(200).extract().header("ETag");
            assertThat(again).as("the same budget version and tables, other bytes from budget-service").isEqualTo(etag);

            int asked = budget.findAll(getRequestedFor(urlPathEqualTo(tablesXlsx))).size();
            given().accept(PrintedWorkbook.MEDIA_TYPE).header("If-None-Match", etag)
                    .when().get(PERFORMANCE + "/tables.xlsx").then().statusCode(304).header("ETag", etag)
                    .header("Vary", containsString("Accept"));
            assertThat(budget.findAll(getRequestedFor(urlPathEqualTo(tablesXlsx))))
                    .as("a 304 costs budget-service no call").hasSize(asked);

            // a target written changes table 13, and so the workbook's ETag
            DemoTargets.writeProject("410304", "410304220000000006846");
            String changed = given().accept(PrintedWorkbook.MEDIA_TYPE).header("If-None-Match", etag)
                    .when().get(PERFORMANCE + "/tables.xlsx").then().statusCode(200).extract().header("ETag");
            assertThat(changed).isNotEqualTo(etag);
        } finally {
            budget.resetScenarios();
        }
    }

    @Test
    void theCombinedWorkbookOfANonNumericYearIsABadRequest() {
        given().accept(PrintedWorkbook.MEDIA_TYPE).when()
                .get("/api/v1/regions/410304/departments/141/performance/twenty-two/tables.xlsx")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theCombinedWorkbookIsNotFoundWhenBudgetServiceHasNoSuchPublishedVersion() {
        budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/141/budgets/2022/tables.xlsx"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        given().accept(PrintedWorkbook.MEDIA_TYPE).when().get(PERFORMANCE + "/tables.xlsx").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no published version 1"));
    }

    @Test
    void theCombinedWorkbookOfAYearWithoutTargetsIsNotFound() {
        given().accept(PrintedWorkbook.MEDIA_TYPE).when().get("/api/v1/regions/410304/departments/141/performance/2019/tables.xlsx")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static byte[] budgetWorkbook() throws IOException {
        return budgetWorkbook(null);
    }

    /** budget-service's workbook, stamped (as POI does) with the time it was written when {@code written} is given. */
    private static byte[] budgetWorkbook(String written) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("01 部门收支预算表").createRow(0).createCell(0).setCellValue("2022年部门收支预算表");
            if (written != null) {
                workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(written))));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Workbook xlsx(String path) throws IOException {
        byte[] body = given().accept(PrintedWorkbook.MEDIA_TYPE).when().get(path).then().statusCode(200)
                .contentType(PrintedWorkbook.MEDIA_TYPE).header("Vary", containsString("Accept"))
                .extract().asByteArray();
        return WorkbookFactory.create(new ByteArrayInputStream(body));
    }

    private static Sheet sheet(Workbook workbook, String name) {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        assertThat(workbook.getSheetName(0)).isEqualTo(name);
        return workbook.getSheetAt(0);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static double amount(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getNumericCellValue();
    }
}
