package io.yusuan.printed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A small printed table, rendered as XLSX and CSV: 项目 merged down two header rows, 基本支出 grouped over 人员经费 and
 * 公用经费, 项目支出 merged down; a 合计 row, a unit row with its name merged across two columns, and an indented item.
 */
class PrintedRenderingTest {

    private static PrintedLayout.Cell text(int column, String text) {
        return PrintedLayout.Cell.text(column, text);
    }

    private static PrintedLayout.Cell amount(int column, String amount) {
        return PrintedLayout.Cell.amount(column, amount == null ? null : new BigDecimal(amount));
    }

    private static PrintedLayout layout(boolean wrap, List<String> notes) {
        List<PrintedLayout.Row> header = List.of(
                PrintedLayout.Row.of(PrintedLayout.Style.HEADER, List.of(text(0, "编码").down(2), text(1, "项目").down(2),
                        text(2, "基本支出").across(2), text(4, "项目支出").down(2))),
                PrintedLayout.Row.of(PrintedLayout.Style.HEADER, List.of(text(2, "人员经费"), text(3, "公用经费"))));
        List<PrintedLayout.Row> rows = List.of(
                PrintedLayout.Row.of(PrintedLayout.Style.TOTAL, List.of(text(0, null).centre(), text(1, "合计").centre(),
                        amount(2, "30.00"), amount(3, "5.50"), amount(4, "100.25"))),
                PrintedLayout.Row.of(PrintedLayout.Style.BODY, List.of(text(0, "某局本级").across(2),
                        amount(2, "30.00"), amount(3, "5.50"), amount(4, null))),
                PrintedLayout.Row.of(PrintedLayout.Style.BODY, List.of(text(0, "2010301"), text(1, "行政运行").indented(1),
                        amount(2, "30.00"), amount(3, "5.50"), amount(4, "100.25"))));
        return new PrintedLayout("05", "一般公共预算支出预算表", "2022年一般公共预算支出预算表", null, "某局", "万元", 5,
                header, rows, notes, wrap);
    }

    private static XSSFWorkbook xlsx(List<PrintedLayout> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintedWorkbook.write(tables, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    @Test
    void theSheetHasTheTitleCaptionHeaderWithItsSpansRowsAndNotes() throws IOException {
        try (XSSFWorkbook workbook = xlsx(List.of(layout(false, List.of("注：一", "注：二"))))) {
            Sheet sheet = workbook.getSheet("05 一般公共预算支出预算表");
            assertThat(text(sheet, 0, 0)).isEqualTo("2022年一般公共预算支出预算表");
            assertThat(text(sheet, 1, 0)).isEqualTo("部门名称：某局");
            assertThat(text(sheet, 1, 4)).isEqualTo("单位：万元");
            assertThat(List.of(text(sheet, 2, 0), text(sheet, 2, 1), text(sheet, 2, 2), text(sheet, 2, 4)))
                    .containsExactly("编码", "项目", "基本支出", "项目支出");
            assertThat(List.of(text(sheet, 3, 2), text(sheet, 3, 3))).containsExactly("人员经费", "公用经费");
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(
                    new CellRangeAddress(0, 0, 0, 4), // title
                    new CellRangeAddress(1, 1, 0, 3), // 部门名称, 单位 in the last column
                    new CellRangeAddress(2, 3, 0, 0), new CellRangeAddress(2, 3, 1, 1), // merged down the header
                    new CellRangeAddress(2, 2, 2, 3), // 基本支出 over its two
                    new CellRangeAddress(2, 3, 4, 4),
                    new CellRangeAddress(5, 5, 0, 1), // the unit's name across two columns
                    new CellRangeAddress(7, 7, 0, 4), new CellRangeAddress(8, 8, 0, 4)); // the notes
            // a column under a merged header cell is ruled and shaded too
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getFillForegroundColor())
                    .isEqualTo(sheet.getRow(2).getCell(0).getCellStyle().getFillForegroundColor());

            assertThat(text(sheet, 4, 1)).isEqualTo("合计");
            CellStyle total = sheet.getRow(4).getCell(1).getCellStyle();
            assertThat(workbook.getFontAt(total.getFontIndex()).getBold()).isTrue();
            assertThat(total.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(100.25);
            assertThat(sheet.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(text(sheet, 5, 0)).isEqualTo("某局本级");
            assertThat(sheet.getRow(5).getCell(4).getCellType()).as("an empty amount").isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(5).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(sheet.getRow(6).getCell(1).getCellStyle().getIndention()).isEqualTo((short) 1);
            assertThat(sheet.getRow(6).getCell(1).getCellStyle().getWrapText()).isFalse();
            assertThat(text(sheet, 7, 0)).isEqualTo("注：一");
            assertThat(text(sheet, 8, 0)).isEqualTo("注：二");

            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen under the header").isEqualTo((short) 4);
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(2, 3, -1, -1));
            assertThat(sheet.getColumnWidth(1)).as("项目 fits 行政运行 and its indent").isEqualTo((8 + 2 + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).as("an amount column").isEqualTo(SheetGeometry.AMOUNT_WIDTH * 256);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFRow) sheet.getRow(6)).getCTRow().getCustomHeight()).as("one-line texts: no row height").isFalse();
        }
    }

    @Test
    void wrappedTextsMakeTheirRowsAsHighAsTheyNeed() throws IOException {
        PrintedLayout form = new PrintedLayout("12", "整体绩效目标表", "整体绩效目标表", "(2022年度)", "某局", "万元", 3, List.of(),
                List.of(PrintedLayout.Row.of(PrintedLayout.Style.BODY, List.of(text(0, "年度目标"),
                        text(1, "推进政务服务标准化".repeat(6)).across(2)))), List.of(), true);
        try (XSSFWorkbook workbook = xlsx(List.of(form))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 1, 0)).isEqualTo("(2022年度)");
            assertThat(text(sheet, 2, 0)).isEqualTo("部门名称：某局");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(3).getHeightInPoints()).as("108 characters wide over 2 × 4 columns").isGreaterThan(15f * 3);
            assertThat(sheet.getRepeatingRows()).as("no header rows").isNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void aNarrowTableHasItsDepartmentAndUnitOnARowEach() throws IOException {
        PrintedLayout narrow = new PrintedLayout("08", "三公", "三公", null, "某局", "元", 1,
                List.of(PrintedLayout.Row.of(PrintedLayout.Style.HEADER, List.of(text(0, "合计")))),
                List.of(PrintedLayout.Row.of(PrintedLayout.Style.TOTAL, List.of(amount(0, "0.00")))), List.of(), false);
        try (XSSFWorkbook workbook = xlsx(List.of(narrow))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 1, 0)).isEqualTo("部门名称：某局");
            assertThat(text(sheet, 2, 0)).isEqualTo("单位：元");
            assertThat(text(sheet, 3, 0)).isEqualTo("合计");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isZero();
        }
    }

    @Test
    void anotherWorkbookKeepsItsSheetsAndHasTheTablesAppended() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook first = new XSSFWorkbook()) {
            first.createSheet("01 部门收支预算表").createRow(0).createCell(0).setCellValue("01");
            PrintedWorkbook.append(first, List.of(layout(true, List.of())), out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("01 部门收支预算表");
            assertThat(text(workbook.getSheetAt(0), 0, 0)).isEqualTo("01");
            assertThat(workbook.getSheetName(1)).isEqualTo("05 一般公共预算支出预算表");
            assertThat(text(workbook.getSheetAt(1), 6, 1)).isEqualTo("行政运行");
        }
    }

    @Test
    void theCsvNamesEachColumnByTheHeadersOverItThenHasEachCellInItsColumn() {
        String csv = PrintedCsv.of(layout(false, List.of("注：一")));
        assertThat(csv.lines().toList()).containsExactly(
                "编码,项目,基本支出/人员经费,基本支出/公用经费,项目支出",
                // an empty first field is quoted, so that a record is never an empty line
                "\"\",合计,30.00,5.50,100.25",
                "某局本级,,30.00,5.50,",
                "2010301,行政运行,30.00,5.50,100.25",
                "注：一");
    }

    @Test
    void theCsvTakesColumnNamesGivenAndHasNoHeaderRecordForAForm() {
        PrintedLayout table = layout(false, List.of());
        assertThat(PrintedCsv.of(table, List.of("a", "b", "c", "d", "e")).lines().findFirst()).contains("a,b,c,d,e");
        PrintedLayout form = new PrintedLayout("12", "表", "表", null, "某局", "万元", 2, List.of(),
                List.of(PrintedLayout.Row.of(PrintedLayout.Style.BODY, List.of(text(0, "名称"), text(1, "某局")))), List.of(), true);
        assertThat(PrintedCsv.of(form)).isEqualTo("名称,某局\r\n");
    }
}
