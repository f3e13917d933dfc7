package io.yusuan.budget.table;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.load.BudgetLoader;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables as XLSX, read back with POI: one table as a sheet laid out like the printed one, and every
 * table in one workbook. Departments 611 (the source package) and 612 (the larger one).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class TableWorkbookTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";
    private static final String DEPARTMENT = "河南省洛阳市瀍河回族区政务服务和大数据管理局";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    BudgetLoader loader;

    @Inject
    ObjectMapper json;

    private static boolean loaded;

    /** Loaded as drafts through the loader, so that a test reading as the public finds them too. */
    @BeforeEach
    void loadThePackages() throws IOException {
        CatalogStubs.answer2022(catalog);
        if (loaded) {
            return;
        }
        load("611", Packages.source("611"));
        load("612", Packages.larger());
        loaded = true;
    }

    private void load(String department, ObjectNode budget) throws IOException {
        ((ObjectNode) budget.get("department")).put("code", department);
        loader.replaceDraft(new BudgetKey("410304", department, 2022),
                json.treeToValue(budget, BudgetPackage.class), null, "budget-office");
    }

    private static XSSFWorkbook table(String department, String number) {
        return read(given().accept(TableWorkbook.MEDIA_TYPE).when().get(BUDGET + "/tables/{n}", department, number)
                .then().statusCode(200).contentType(TableWorkbook.MEDIA_TYPE)
                .header("Content-Disposition",
                        is("attachment; filename=\"410304-" + department + "-2022-table-" + number + ".xlsx\""))
                .extract().asByteArray());
    }

    private static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError("not an XLSX workbook", e);
        }
    }

    @Test
    void table05IsASheetLaidOutLikeThePrintedTableWithItsThreeHeaderRowsAndUnitSubtotal() throws IOException {
        try (XSSFWorkbook workbook = table("611", "05")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("05 一般公共预算支出预算表");
            int groups = headerRow(sheet, "科目编码");
            int width = sheet.getRow(groups + 3).getLastCellNum();
            assertThat(width).isEqualTo(14);

            assertThat(text(sheet, 0, 0)).isEqualTo("2022年一般公共预算支出预算表（DRAFT 草稿，未公开）");
            assertThat(merged(sheet, 0, 0)).isEqualTo(new CellRangeAddress(0, 0, 0, width - 1));
            assertThat(text(sheet, 1, 0)).isEqualTo("部门名称：" + DEPARTMENT);
            assertThat(text(sheet, 1, width - 1)).isEqualTo("单位：万元");

            // three header rows: 科目编码 over 类 款 项; 基本支出 over 小计 and 人员经费 (工资福利支出, 对个人和家庭的补助)
            // and 公用经费 (商品和服务支出, 资本性支出); 项目支出 over three; the others merged down all three rows
            assertThat(merged(sheet, groups, 0)).isEqualTo(new CellRangeAddress(groups, groups, 0, 2));
            assertThat(List.of(text(sheet, groups + 1, 0), text(sheet, groups + 1, 1), text(sheet, groups + 1, 2)))
                    .containsExactly("类", "款", "项");
            int basic = column(sheet, groups, "基本支出");
            assertThat(merged(sheet, groups, basic)).isEqualTo(new CellRangeAddress(groups, groups, basic, basic + 4));
            assertThat(merged(sheet, groups + 1, basic)).isEqualTo(new CellRangeAddress(groups + 1, groups + 2, basic, basic));
            assertThat(text(sheet, groups + 1, basic + 1)).isEqualTo("人员经费");
            assertThat(merged(sheet, groups + 1, basic + 1)).isEqualTo(new CellRangeAddress(groups + 1, groups + 1, basic + 1, basic + 2));
            assertThat(List.of(text(sheet, groups + 2, basic + 1), text(sheet, groups + 2, basic + 2),
                    text(sheet, groups + 2, basic + 3), text(sheet, groups + 2, basic + 4)))
                    .containsExactly("工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出");
            int project = column(sheet, groups, "项目支出");
            assertThat(merged(sheet, groups, project)).isEqualTo(new CellRangeAddress(groups, groups, project, project + 2));
            for (String single : List.of("单位代码", "单位（科目名称）", "合计")) {
                int column = column(sheet, groups, single);
                assertThat(merged(sheet, groups, column)).as(single).isEqualTo(new CellRangeAddress(groups, groups + 2, column, column));
            }

            Row total = sheet.getRow(groups + 3);
            assertThat(total.getCell(4).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(173.07);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(126.44);
            Row unit = sheet.getRow(groups + 4);
            assertThat(unit.getCell(3).getStringCellValue()).isEqualTo("141001");
            assertThat(unit.getCell(5).getNumericCellValue()).isEqualTo(173.07);

            Row office = rowNamed(sheet, 4, "行政运行");
            assertThat(List.of(office.getCell(0).getStringCellValue(), office.getCell(1).getStringCellValue(),
                    office.getCell(2).getStringCellValue())).containsExactly("201", "03", "01");
            Cell amount = office.getCell(5);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(108.0);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(office.getCell(7).getNumericCellValue()).isEqualTo(99.77);
            assertThat(office.getCell(9).getNumericCellValue()).isEqualTo(8.23);
            // a 项 indented under its unit
            assertThat(office.getCell(4).getCellStyle().getIndention()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(4)).as("the name column fits the longest name")
                    .isGreaterThanOrEqualTo(2 * "其他政府办公厅（室）及相关机构事务支出".length() * 256); // every character full-width
        }
    }

    @Test
    void inYuanTheSheetSaysSo() throws IOException {
        try (XSSFWorkbook workbook = read(given().accept(TableWorkbook.MEDIA_TYPE).queryParam("unit", "yuan")
                .when().get(BUDGET + "/tables/05", "611").then().statusCode(200).extract().asByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 1, 13)).isEqualTo("单位：元");
            assertThat(rowNamed(sheet, 4, "行政运行").getCell(5).getNumericCellValue()).isEqualTo(1_080_000.0);
        }
    }

    @Test
    void anEmptyTableCarriesTheTemplatesNoteUnderItWordForWordAndItsPrintedTitle() throws IOException {
        try (XSSFWorkbook workbook = table("611", "09")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).startsWith("2022年政府性基金支出预算表");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue())
                    .isEqualTo("注：区政务服务和大数据管理局 2022 年无政府性基金预算拨款安排的支出，故此表无数据");
            assertThat(sheet.getRow(sheet.getLastRowNum() - 1).getCell(4).getStringCellValue()).isEqualTo("合计");
            assertThat(merged(sheet, sheet.getLastRowNum(), 0).getLastColumn()).isEqualTo(13);
        }
    }

    @Test
    void table06PairsEachDepartmentEconomicCodeWithItsGovernmentCode() throws IOException {
        try (XSSFWorkbook workbook = table("611", "06")) {
            Sheet sheet = workbook.getSheetAt(0);
            int groups = headerRow(sheet, "部门预算支出经济分类科目");
            assertThat(merged(sheet, groups, 0)).isEqualTo(new CellRangeAddress(groups, groups, 0, 1));
            assertThat(text(sheet, groups, 2)).isEqualTo("政府预算支出经济分类科目");
            assertThat(text(sheet, groups, 4)).isEqualTo("本年一般公共预算基本支出");
            Row performancePay = rowOf(sheet, "30107");
            assertThat(performancePay.getCell(1).getStringCellValue()).isEqualTo("绩效工资");
            assertThat(performancePay.getCell(2).getStringCellValue()).isEqualTo("50501");
            assertThat(performancePay.getCell(4).getNumericCellValue()).isEqualTo(18.40);
        }
    }

    @Test
    void theWholeSetIsOneWorkbookOfElevenSheets() throws IOException {
        byte[] bytes = given().when().get(BUDGET + "/tables.xlsx", "612").then().statusCode(200)
                .contentType(TableWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", is("attachment; filename=\"410304-612-2022-tables.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = read(bytes)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(11);
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names.get(0)).isEqualTo("01 部门收支预算表");
            assertThat(names.get(7)).isEqualTo("08 一般公共预算“三公”经费预算表");
            assertThat(names).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
            for (int i = 0; i < 11; i++) {
                Sheet sheet = workbook.getSheetAt(i);
                assertThat(names.get(i)).startsWith(String.format("%02d ", i + 1));
                // the title as printed over the table (09 and 10 print theirs shorter than the contents)
                assertThat(text(sheet, 0, 0)).startsWith("2022年").endsWith("（DRAFT 草稿，未公开）");
                assertThat(text(sheet, 1, 0)).isEqualTo("部门名称：瀍河回族区示范局");
            }

            // 01: 收入 on the left, 支出 on the right, the template's rows, the totals at the bottom
            Sheet t01 = workbook.getSheetAt(0);
            int titles = headerRow(t01, "收入");
            int spending = column(t01, titles, "支出");
            assertThat(spending).isEqualTo(2);
            assertThat(merged(t01, titles, 0)).isEqualTo(new CellRangeAddress(titles, titles, 0, 1));
            assertThat(List.of(text(t01, titles + 1, 0), text(t01, titles + 1, 1))).containsExactly("项目", "金额");
            assertThat(text(t01, titles + 2, 0)).isEqualTo("一、一般公共预算");
            assertThat(text(t01, titles + 3, 0)).isEqualTo("其中：财政拨款");
            assertThat(text(t01, titles + 2, spending)).isEqualTo("一、一般公共服务");
            assertThat(text(t01, t01.getLastRowNum(), 0)).isEqualTo("收入总计");
            assertThat(text(t01, t01.getLastRowNum(), spending)).isEqualTo("支出总计");
            assertThat(text(t01, t01.getLastRowNum() - 2, 0)).isEqualTo("本年收入合计");
            assertThat(text(t01, t01.getLastRowNum() - 1, spending)).isEqualTo("年终结转结余");

            // 05 in 万元, rounded once from exact yuan
            Sheet t05 = workbook.getSheetAt(4);
            double office = 0;
            for (Row row : t05) {
                if ("207".equals(text(t05, row.getRowNum(), 0)) && "01".equals(text(t05, row.getRowNum(), 1))
                        && "01".equals(text(t05, row.getRowNum(), 2))) {
                    office += row.getCell(5).getNumericCellValue();
                }
            }
            assertThat(office).as("2070101 over the units").isCloseTo(186.84, org.assertj.core.data.Offset.offset(0.001));

            // 07: project lines without an economic code make one row, named but without a code
            Sheet t07 = workbook.getSheetAt(6);
            Row uncoded = t07.getRow(headerRow(t07, "未列经济分类"));
            assertThat(uncoded.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(uncoded.getCell(2).getNumericCellValue()).isEqualTo(28.75);
            assertThat(text(t07, t07.getLastRowNum(), 0)).as("07 says the source did not print it")
                    .isEqualTo(Tables.NOT_PRINTED);

            // 08: a single row of totals under its grouped headers, then the 三公 definition
            Sheet t08 = workbook.getSheetAt(7);
            int groups = headerRow(t08, "“三公”经费合计");
            assertThat(text(t08, groups, 2)).isEqualTo("公务用车购置及运行费");
            assertThat(merged(t08, groups, 2)).isEqualTo(new CellRangeAddress(groups, groups, 2, 4));
            assertThat(t08.getRow(groups + 2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(text(t08, groups + 3, 0)).isEqualTo(TableCatalog.THREE_PUBLIC_NOTE);

            // 11: 类型, 项目名称, 项目单位, each project with its 类型 and unit
            Sheet t11 = workbook.getSheetAt(10);
            int header = headerRow(t11, "类型");
            assertThat(List.of(text(t11, header, 0), text(t11, header, 1), text(t11, header, 2)))
                    .containsExactly("类型", "项目名称", "项目单位");
            // two header rows, then 合计, the unit, and its first project
            Row project = t11.getRow(header + 4);
            assertThat(project.getCell(0).getStringCellValue()).isIn("其他运转类", "特定目标类");
            assertThat(project.getCell(2).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void theWholeSetOfTheSourcePackageHasItsEmptyTablesNotes() throws IOException {
        try (XSSFWorkbook workbook = read(given().queryParam("unit", "wan").when().get(BUDGET + "/tables.xlsx", "611")
                .then().statusCode(200).extract().asByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(11);
            for (int index : new int[] {7, 8, 9}) {
                // 08, 09, 10 end with their no-data note
                Sheet sheet = workbook.getSheetAt(index);
                assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                        .as(sheet.getSheetName()).startsWith("注：区政务服务和大数据管理局 2022 年无");
            }
        }
    }

    @Test
    void theWholeSetAnswersProblemsLikeTheTables() {
        given().queryParam("unit", "euro").when().get(BUDGET + "/tables.xlsx", "611").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].message", containsString("wan or yuan"));
        given().queryParam("version", 7).when().get(BUDGET + "/tables.xlsx", "611").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("7"));
        given().when().get(BUDGET + "/tables.xlsx", "699").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("version", 1).when().get(BUDGET + "/tables.xlsx", "611").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "")
    void thePublicSeesNoDraftAsAWorkbook() {
        given().when().get(BUDGET + "/tables.xlsx", "611").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept(TableWorkbook.MEDIA_TYPE).when().get(BUDGET + "/tables/05", "611").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDeclaresTheSpreadsheetAndItsProblems() {
        String tables = "paths.'/api/v1/regions/{region}/departments/{department}/budgets/{year}/tables";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(tables + "/{number}'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey(TableWorkbook.MEDIA_TYPE))
                .body(tables + "/{number}'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("text/csv"))
                .body(tables + "/{number}'.get.responses.'404'.content", org.hamcrest.Matchers.hasKey("application/problem+json"))
                .body(tables + ".xlsx'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey(TableWorkbook.MEDIA_TYPE))
                .body(tables + ".xlsx'.get.responses.'404'.content", org.hamcrest.Matchers.hasKey("application/problem+json"))
                .body(tables + ".xlsx'.get.responses.'406'.content", org.hamcrest.Matchers.hasKey("application/problem+json"))
                .body(tables + ".xlsx'.get.parameters.name", org.hamcrest.Matchers.hasItems("unit", "version"));
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    /** The first row with a cell of this text. */
    private static int headerRow(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no cell " + text);
    }

    private static int column(Sheet sheet, int row, String text) {
        for (Cell cell : sheet.getRow(row)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(sheet.getSheetName() + " row " + row + " has no cell " + text);
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row " + code);
    }

    /** The first row with this text in the column. */
    private static Row rowNamed(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row " + text + " in column " + column);
    }

    private static CellRangeAddress merged(Sheet sheet, int row, int column) {
        return sheet.getMergedRegions().stream().filter(range -> range.isInRange(row, column)).findFirst()
                .orElseThrow(() -> new AssertionError(sheet.getSheetName() + " has no merged region at " + row + "," + column));
    }
}
