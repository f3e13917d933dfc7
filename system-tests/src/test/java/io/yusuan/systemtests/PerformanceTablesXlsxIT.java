package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.localrun.Service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tables 12 and 13 of the demo as XLSX, from the real performance-service (its 预算情况 and 项目金额 read from the real
 * budget-service), read with POI, cell by cell at their (row, column) against what the source document prints (lines
 * 393–474), and the combined workbook of tables 01–13. Rows and columns count from 0: a sheet's title is row 0, then its
 * subtitle (12 only), then 部门名称 and 单位, then the header rows, then the printed rows.
 */
@ExtendWith(LocalStackExtension.class)
class PerformanceTablesXlsxIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PERFORMANCE = "/api/v1/regions/410304/departments/141/performance/2022";
    private static final String DEPARTMENT = "河南省洛阳市瀍河回族区政务服务和大数据管理局";

    /** A cell the document prints: its (row, column) in the sheet, its text or amount, and the source line. */
    record Printed(int row, int column, String value, int line) {
    }

    private static final List<Printed> TABLE_12 = List.of(
            new Printed(0, 0, "本级部门(单位)整体绩效目标表", 393),
            new Printed(3, 0, "部门(单位)名称", 397),
            new Printed(3, 1, DEPARTMENT, 397),
            new Printed(4, 0, "年度履职目标", 398),
            new Printed(6, 1, "推进政务服务标准化,加快数字瀍河建设。", 400),
            new Printed(7, 0, "预算情况", 401),
            new Printed(7, 1, "部门预算总额(万元)", 401),
            new Printed(7, 3, "173.07", 401),
            new Printed(8, 3, "173.07", 402),
            new Printed(11, 1, "2、资金结构:(1)基本支出", 405),
            new Printed(11, 3, "134.67", 405),
            new Printed(12, 3, "38.40", 406),
            new Printed(13, 0, "一级指标", 407),
            new Printed(13, 4, "指标值说明", 407),
            new Printed(14, 0, "投入管理指标", 408),
            new Printed(14, 1, "工作目标管理", 408),
            new Printed(14, 2, "年度履职目标相关性", 408),
            new Printed(14, 3, "相关", 408),
            new Printed(20, 2, "预算调整率", 415),
            new Printed(20, 3, "≤5%", 415),
            new Printed(34, 0, "产出指标", 433),
            new Printed(34, 2, "12345 政务服务热线（110 联动）", 433),
            new Printed(34, 3, "正常运行及开展工作", 433),
            new Printed(38, 2, "政务服务事项网上办理", 437),
            new Printed(38, 3, "办理率 99%", 437),
            new Printed(42, 3, "≥98%", 441));

    private static final List<Printed> TABLE_13 = List.of(
            new Printed(0, 0, "2022 年部门预算项目绩效目标表", 443),
            new Printed(2, 0, "单位编码 (项目编码)", 445),
            new Printed(2, 2, "项目金额 (万元)", 445),
            new Printed(3, 6, "成本指标", 446),
            new Printed(3, 12, "满意度指标", 446),
            new Printed(4, 3, "政府 预算 资金", 447),
            new Printed(4, 13, "指标值", 447),
            new Printed(5, 2, "38.40", 448),
            new Printed(5, 3, "38.40", 448),
            // the unit's subtotal row, before its projects
            new Printed(6, 0, "141001", 449),
            new Printed(6, 1, DEPARTMENT, 449),
            new Printed(6, 2, "38.40", 449),
            new Printed(6, 3, "38.40", 449),
            new Printed(7, 0, "410304220000000006846", 450),
            new Printed(7, 1, "政务服务工作经费", 450),
            new Printed(7, 2, "20.00", 450),
            new Printed(7, 7, "20 万元", 450),
            new Printed(7, 8, "服务窗口数量", 450),
            new Printed(7, 9, "46 个", 450),
            new Printed(7, 10, "持续提升政务服务", 450),
            new Printed(7, 11, "≥90%", 450),
            new Printed(7, 12, "办事群众的满意率", 450),
            new Printed(7, 13, "≥95%", 450),
            new Printed(8, 8, "实体政务大厅的标准化建设", 451),
            new Printed(9, 9, "≥7 小时", 452),
            new Printed(10, 0, "410304220000000013205", 453),
            new Printed(10, 2, "4.50", 453),
            new Printed(10, 9, "6 人", 453),
            new Printed(12, 8, "全年值班时间", 456),
            new Printed(12, 9, "365 天", 456),
            new Printed(13, 6, "网络运行维护成本", 457),
            new Printed(13, 7, "5 万元", 457),
            new Printed(13, 10, "保障我区政务服务事项的办理及日常工作开展", 457),
            new Printed(17, 9, "≤4 小时", 461),
            new Printed(18, 2, "3.84", 462),
            new Printed(19, 10, "政务服务实现网上影响程度", 463),
            new Printed(19, 11, "明显", 463),
            new Printed(26, 0, "410304220000000019623", 471),
            new Printed(26, 2, "1.56", 471),
            new Printed(29, 9, "≤4小 时", 474));

    private static String performanceService;

    @BeforeAll
    static void demoLoaded(LoadedDemo demo) {
        performanceService = demo.stack().baseUrl(Service.PERFORMANCE).toString();
    }

    @Test
    void table12AsXlsxPrintsEachCellInItsRowAndColumn() throws IOException {
        try (XSSFWorkbook workbook = xlsx(PERFORMANCE + "/tables/12")) {
            assertThat(sheetNames(workbook)).containsExactly("12 部门（单位）整体绩效目标表");
            SoftAssertions soft = new SoftAssertions();
            Sheet sheet = workbook.getSheet("12 部门（单位）整体绩效目标表");
            check(soft, sheet, TABLE_12, "本级部门(单位)整体绩效目标表");
            soft.assertThat(merged(sheet)).as("投入管理指标 merged down its twenty rows").contains("A15:A34");
            soft.assertAll();
        }
    }

    @Test
    void table13AsXlsxPrintsEachCellInItsRowAndColumn() throws IOException {
        try (XSSFWorkbook workbook = xlsx(PERFORMANCE + "/tables/13")) {
            assertThat(sheetNames(workbook)).containsExactly("13 部门预算项目绩效目标表");
            SoftAssertions soft = new SoftAssertions();
            Sheet sheet = workbook.getSheet("13 部门预算项目绩效目标表");
            check(soft, sheet, TABLE_13, "2022 年部门预算项目绩效目标表");
            soft.assertThat(merged(sheet)).as("绩效目标 over the indicators; a project's code down its rows")
                    .contains("G3:N3", "A8:A10", "C8:C10");
            soft.assertAll();
        }
    }

    @Test
    void theCombinedWorkbookHasBudgetServicesTablesThen12And13() throws IOException {
        try (XSSFWorkbook workbook = xlsx(PERFORMANCE + "/tables.xlsx")) {
            List<String> names = sheetNames(workbook);
            assertThat(names).hasSizeGreaterThanOrEqualTo(3);
            assertThat(names.get(0)).startsWith("01 ");
            assertThat(names.subList(names.size() - 2, names.size()))
                    .containsExactly("12 部门（单位）整体绩效目标表", "13 部门预算项目绩效目标表");
            assertThat(names.subList(0, names.size() - 2)).allMatch(name -> name.compareTo("12") < 0);
            SoftAssertions soft = new SoftAssertions();
            check(soft, workbook.getSheet("13 部门预算项目绩效目标表"), TABLE_13, "2022 年部门预算项目绩效目标表");
            soft.assertAll();
        }
    }

    /** Each expected cell at its place in the sheet, and each as the document prints it in the table. */
    private static void check(SoftAssertions soft, Sheet sheet, List<Printed> expected, String table) {
        SourceDocument.Block printed = SourceDocument.read().table(table);
        for (Printed cell : expected) {
            String what = "(" + cell.row() + ", " + cell.column() + ") of line " + cell.line();
            soft.assertThat(printedIn(printed, cell)).as(what + " " + cell.value() + " is printed in the table").isTrue();
            String actual = cell(sheet, cell.row(), cell.column());
            if (cell.value().matches("\\d+\\.\\d{2}")) {
                soft.assertThat(actual).as(what + " is a number").matches("-?\\d+(\\.\\d+)?");
                if (actual != null && actual.matches("-?\\d+(\\.\\d+)?")) {
                    soft.assertThat(new BigDecimal(actual)).as(what).isEqualByComparingTo(cell.value());
                }
            } else {
                soft.assertThat(actual == null ? null : SourceDocument.compact(actual)).as(what)
                        .isEqualTo(SourceDocument.compact(cell.value()));
            }
        }
    }

    /** Whether the cell's source line is the table's (its title or a line under it) and prints its value in a cell (whitespace inside cells ignored). */
    private static boolean printedIn(SourceDocument.Block table, Printed cell) {
        String line = documentLines().get(cell.line() - 1);
        boolean ofTheTable = line.strip().equals(table.title()) || table.lines().contains(line);
        return ofTheTable && Arrays.stream(line.split("\t", -1))
                .map(SourceDocument::compact).anyMatch(SourceDocument.compact(cell.value())::equals);
    }

    private static List<String> documentLines() {
        try (var in = PerformanceTablesXlsxIT.class.getResourceAsStream(SourceDocument.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook xlsx(String path) {
        byte[] body = given().baseUri(performanceService).accept(XLSX).get(path)
                .then().statusCode(200).contentType(XLSX).header("Vary", org.hamcrest.Matchers.containsString("Accept"))
                .extract().asByteArray();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException("Not an XLSX workbook", e);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The cell at (row, column) from 0 as text (an amount as its decimal), or null when it is absent or empty. */
    private static String cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()
                : cell.getStringCellValue();
    }

    /** The sheet's merged ranges, as A8:A10. */
    private static List<String> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
    }
}
