package io.yusuan.performance.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.performance.target.TaskInput;
import io.yusuan.printed.PrintedCsv;
import io.yusuan.printed.PrintedWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** The printed layouts of tables 12 and 13, and their CSV and XLSX renderings, without a service. */
class PrintedLayoutTest {

    private static final String DEPARTMENT = "某局";

    private static Table13.Amounts amounts(String total) {
        return new Table13.Amounts(new BigDecimal(total), new BigDecimal(total), null, null);
    }

    private static Table13.Indicator indicator(String name, String value) {
        return new Table13.Indicator(name, value, value);
    }

    private static Table13.Project project(String code, String unitCode, String unitName, String total, int outputs) {
        List<Table13.Indicator> output = java.util.stream.IntStream.rangeClosed(1, outputs)
                .mapToObj(i -> indicator("产出" + code + "-" + i, i + " 个")).toList();
        return new Table13.Project(code, "项目" + code, unitCode, unitName, amounts(total), "目标",
                List.of(indicator("成本" + code, total + " 万元")), output, List.of(indicator("效益" + code, "≥90%")),
                List.of());
    }

    /** Two units (as a PerformanceTables would order them): 001 with two projects, 002 with one. */
    private static Table13 twoUnits() {
        Table13 table = new Table13("部门预算项目绩效目标表", 2024, DEPARTMENT, amounts("35.00"),
                List.of(new Table13.Unit("141001", "某局本级", amounts("30.00")),
                        new Table13.Unit("141002", "某中心", amounts("5.00"))),
                List.of(project("P1", "141001", "某局本级", "20.00", 3), project("P2", "141001", "某局本级", "10.00", 1),
                        project("P3", "141002", "某中心", "5.00", 2)), null);
        return table.withPrinted(Table13Layout.of(table));
    }

    private static Table12 table12() {
        List<Table12.Row> rows = List.of(
                new Table12.Row("投入管理指标", "工作目标管理", "相关性", "相关", "相关", "说明一"),
                new Table12.Row("投入管理指标", "工作目标管理", "科学性", "科学", "科学", null),
                new Table12.Row("投入管理指标", "绩效管理", "完成率", "100%", "100%", null),
                new Table12.Row("产出指标", "重点工作任务完成", "热线", "正常运行", "正常运行", null));
        Table12 table = new Table12("部门（单位）整体绩效目标表", 2022, DEPARTMENT, "年度目标",
                List.of(new TaskInput("任务一", "内容一"), new TaskInput("任务二", "内容二")),
                new Table12.Budget(new BigDecimal("173.07"), new BigDecimal("173.07"), null, null, new BigDecimal("134.67"),
                        new BigDecimal("38.40")), rows, null);
        return table.withPrinted(Table12Layout.of(table));
    }

    @Test
    void table13PrintsTheTotalThenEachUnitsSubtotalBeforeItsProjects() {
        List<PrintedTable.Row> rows = twoUnits().printed().rows();
        assertThat(rows).extracting(PrintedTable.Row::kind).containsExactly("total", "subtotal", "project", "indicator",
                "indicator", "project", "subtotal", "project", "indicator");
        assertThat(rows.get(0).at(1).text()).isEqualTo("合计");
        assertThat(rows.get(0).at(2).amount()).isEqualByComparingTo("35.00");
        assertThat(rows.get(1).at(0).text()).isEqualTo("141001");
        assertThat(rows.get(1).at(1).text()).isEqualTo("某局本级");
        assertThat(rows.get(1).at(2).amount()).isEqualByComparingTo("30.00");
        assertThat(rows.get(6).at(0).text()).isEqualTo("141002");
        assertThat(rows.get(7).at(0).text()).isEqualTo("P3");
    }

    @Test
    void table13PutsTheNthIndicatorOfEachTierOnTheProjectsNthRow() {
        List<PrintedTable.Row> rows = twoUnits().printed().rows();
        PrintedTable.Row first = rows.get(2);
        assertThat(first.at(0).text()).isEqualTo("P1");
        assertThat(first.at(0).rows()).as("code merged down the project's rows").isEqualTo(3);
        assertThat(first.at(2).rows()).as("amounts merged down too").isEqualTo(3);
        assertThat(first.at(6).text()).isEqualTo("成本P1");
        assertThat(first.at(7).text()).isEqualTo("20.00 万元");
        assertThat(first.at(8).text()).isEqualTo("产出P1-1");
        assertThat(first.at(10).text()).isEqualTo("效益P1");
        assertThat(first.at(12)).as("no 满意度 indicator: an empty cell").isNull();
        PrintedTable.Row third = rows.get(4);
        assertThat(third.cells()).extracting(PrintedTable.Cell::column).containsExactly(8, 9);
        assertThat(third.at(9).text()).isEqualTo("3 个");
    }

    @Test
    void table13HasThreeHeaderRowsWithTheGroupsMergedOverTheirColumns() {
        PrintedTable printed = twoUnits().printed();
        assertThat(printed.width()).isEqualTo(14);
        assertThat(printed.header()).hasSize(3);
        assertThat(printed.header().get(0).at(2).text()).isEqualTo("项目金额(万元)");
        assertThat(printed.header().get(0).at(2).columns()).isEqualTo(4);
        assertThat(printed.header().get(0).at(6).columns()).isEqualTo(8);
        assertThat(printed.header().get(1).at(12).text()).isEqualTo("满意度指标");
        assertThat(PrintedCsv.header(PrintedTable.layout(printed))).containsExactly("单位编码(项目编码)", "项目单位(项目名称)",
                "项目金额(万元)/资金总额", "项目金额(万元)/政府预算资金", "项目金额(万元)/财政专户管理资金", "项目金额(万元)/单位资金",
                "绩效目标/成本指标/三级指标", "绩效目标/成本指标/指标值", "绩效目标/产出指标/三级指标", "绩效目标/产出指标/指标值",
                "绩效目标/效益指标/三级指标", "绩效目标/效益指标/指标值", "绩效目标/满意度指标/三级指标", "绩效目标/满意度指标/指标值");
    }

    @Test
    void table12PrintsTheFormThenTheIndicatorsWithTheirTiersMergedDown() {
        PrintedTable printed = table12().printed();
        assertThat(printed.title()).isEqualTo("本级部门(单位)整体绩效目标表");
        assertThat(printed.subtitle()).isEqualTo("(2022年度)");
        List<PrintedTable.Row> rows = printed.rows();
        assertThat(rows).extracting(PrintedTable.Row::kind).containsExactly("name", "goal", "task", "task", "task",
                "budget", "budget", "budget", "budget", "budget", "budget", "header", "indicator", "indicator", "indicator",
                "indicator");
        assertThat(rows.get(2).at(0).text()).isEqualTo("年度主要任务");
        assertThat(rows.get(2).at(0).rows()).isEqualTo(3);
        assertThat(rows.get(5).at(0).rows()).isEqualTo(6);
        assertThat(rows.get(5).at(1).text()).isEqualTo("部门预算总额(万元)");
        assertThat(rows.get(5).at(3).amount()).isEqualByComparingTo("173.07");
        assertThat(rows.get(7).at(3).amount()).as("财政专户管理资金: an empty cell").isNull();
        PrintedTable.Row first = rows.get(12);
        assertThat(first.at(0).text()).isEqualTo("投入管理指标");
        assertThat(first.at(0).rows()).isEqualTo(3);
        assertThat(first.at(1).rows()).isEqualTo(2);
        assertThat(rows.get(13).at(0)).as("一级 merged: no cell of its own").isNull();
        assertThat(rows.get(14).at(1).text()).isEqualTo("绩效管理");
        assertThat(rows.get(15).at(0).text()).isEqualTo("产出指标");
    }

    @Test
    void theCsvHasEachPrintedCellInItsColumn() {
        String csv = PrintedCsv.of(PrintedTable.layout(twoUnits().printed()));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 9);
        // an empty first field is quoted (RFC 4180 as commons-csv writes it), so that a record is never an empty line
        assertThat(lines.get(1)).isEqualTo("\"\",合计,35.00,35.00,,,,,,,,,,");
        assertThat(lines.get(2)).isEqualTo("141001,某局本级,30.00,30.00,,,,,,,,,,");
        assertThat(lines.get(3)).isEqualTo("P1,项目P1,20.00,20.00,,,成本P1,20.00 万元,产出P1-1,1 个,效益P1,≥90%,,");
        assertThat(lines.get(4)).isEqualTo("\"\",,,,,,,,产出P1-2,2 个,,,,");
    }

    @Test
    void theXlsxHasEachPrintedCellAtItsRowAndColumnWithItsMerges() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintedWorkbook.write(List.of(PrintedTable.layout(table12().printed()), PrintedTable.layout(twoUnits().printed())),
                out);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("12 部门（单位）整体绩效目标表");
            Sheet sheet = workbook.getSheet("13 部门预算项目绩效目标表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年部门预算项目绩效目标表");
            // title, caption, three header rows, then 合计 (row 5), the first unit (row 6), P1 (rows 7–9)
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("141001");
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(30.00);
            assertThat(sheet.getRow(6).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(sheet.getRow(9).getCell(8).getStringCellValue()).isEqualTo("产出P1-3");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 13), new CellRangeAddress(7, 9, 0, 0),
                    new CellRangeAddress(2, 2, 6, 13));
            assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).isEqualTo("141002");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen under the header").isEqualTo((short) 5);
        }
    }
}
