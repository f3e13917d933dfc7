package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The published demo budget, served by budget-service after a real load through catalog-service, against the
 * source document's printed tables 01, 03, 04, 05, 06, 08, 09, 10 and 11 (the document prints no 02 or 07):
 * every figure, in 万元 as printed. The expected figures below are copied by hand from the document, cell by
 * cell ("" where it prints nothing, which the API must serve as 0.00) — never derived from the service — and
 * {@link #theExpectedFiguresAreTheDocumentsOwn()} checks each copied row against the document's text.
 */
@ExtendWith(LocalStackExtension.class)
class SourceDocumentTablesIT {

    private static final String TABLES = "/api/v1/regions/410304/departments/141/budgets/2022/tables/";
    private static final String DEPARTMENT = "河南省洛阳市瀍河回族区政务服务和大数据管理局";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    // ---- 01 部门收支预算表: label and figure of each line, by the API row it is ----------------------------------

    /** A line of a two-sided table: the API row (null for a total), the printed label, its printed cells. */
    record Labelled(String code, String label, List<String> cells) {
        static Labelled of(String code, String label, String... cells) {
            return new Labelled(code, label, List.of(cells));
        }
    }

    private static final List<Labelled> T01_REVENUE = List.of(
            Labelled.of("FISCAL_GENERAL_PUBLIC", "一、一般公共预算", "173.07"),
            Labelled.of("FISCAL_GENERAL_PUBLIC", "其中：财政拨款", "173.07"),
            Labelled.of("FISCAL_GOVERNMENT_FUND", "二、政府性基金预算拨款收入", ""),
            Labelled.of("FISCAL_STATE_CAPITAL", "三、国有资本经营预算拨款收入", ""),
            Labelled.of("SPECIAL_ACCOUNT", "四、财政专户管理资金收入", ""),
            Labelled.of("OPERATING", "五、事业收入", ""),
            Labelled.of("BUSINESS", "六、事业单位经营收入", ""),
            Labelled.of("HIGHER_LEVEL_SUBSIDY", "七、上级补助收入", ""),
            Labelled.of("SUBORDINATE_REMITTANCE", "八、附属单位上缴收入", ""),
            Labelled.of("OTHER", "九、其他收入", ""),
            Labelled.of("CARRYOVER", "上年结转结余", ""));
    private static final Labelled T01_REVENUE_THIS_YEAR = Labelled.of(null, "本年收入合计", "173.07");
    private static final Labelled T01_REVENUE_TOTAL = Labelled.of(null, "收入总计", "173.07");

    /** Every 类 the template prints, in its order, with the document's (shortened) label. */
    private static final List<Labelled> T01_EXPENDITURE = List.of(
            Labelled.of("201", "一、一般公共服务", "146.40"),
            Labelled.of("202", "二、外交", ""),
            Labelled.of("203", "三、国防", ""),
            Labelled.of("204", "四、公共安全", ""),
            Labelled.of("205", "五、教育", ""),
            Labelled.of("206", "六、科学技术", ""),
            Labelled.of("207", "七、文化旅游体育与传媒", ""),
            Labelled.of("208", "八、社会保障和就业", "9.39"),
            Labelled.of("209", "九、社会保险基金支出", ""),
            Labelled.of("210", "十、卫生健康", "9.02"),
            Labelled.of("211", "十一、节能环保", ""),
            Labelled.of("212", "十二、城乡社区事务", ""),
            Labelled.of("213", "十三、农林水事务", ""),
            Labelled.of("214", "十四、交通运输", ""),
            Labelled.of("215", "十五、资源勘探信息等", ""),
            Labelled.of("216", "十六、商业服务业等", ""),
            Labelled.of("217", "十七、金融支出", ""),
            Labelled.of("219", "十九、援助其他地区支出", ""),
            Labelled.of("220", "二十、自然资源海洋气象等支出", ""),
            Labelled.of("221", "二十一、住房保障支出", "8.26"),
            Labelled.of("222", "二十二、粮油物资储备支出", ""),
            Labelled.of("223", "二十三、国有资本经营预算", ""),
            Labelled.of("224", "二十四、灾害防治及应急管理", ""),
            Labelled.of("227", "二十七、预备费", ""),
            Labelled.of("229", "二十九、其他支出", ""),
            Labelled.of("230", "三十、转移性支出", ""),
            Labelled.of("231", "三十一、债务还本支出", ""),
            Labelled.of("232", "三十二、债务付息支出", ""),
            Labelled.of("233", "三十三、债务发行费用支出", ""),
            Labelled.of("234", "三十四、抗疫特别国债安排的支出", ""));
    private static final Labelled T01_EXPENDITURE_THIS_YEAR = Labelled.of(null, "本年支出合计", "173.07");
    private static final Labelled T01_EXPENDITURE_TOTAL = Labelled.of(null, "支出总计", "173.07");
    // Not compared: 年终结转结余 0.00 — a budget's year-end balance, printed as 0.00 by the template; the API serves no such row.

    // ---- 04 财政拨款收支预算表 -------------------------------------------------------------------------------------

    private static final List<Labelled> T04_REVENUE = List.of(
            Labelled.of("FISCAL_GENERAL_PUBLIC", "(一)一般公共预算拨款", "173.07"),
            Labelled.of("FISCAL_GENERAL_PUBLIC", "其中:财政拨款", "173.07"),
            Labelled.of("FISCAL_GOVERNMENT_FUND", "(二)政府性基金预算拨款", ""),
            Labelled.of("FISCAL_STATE_CAPITAL", "(三)国有资本经营预算拨款", ""),
            Labelled.of("CARRYOVER", "二、上年结转", ""));
    private static final Labelled T04_REVENUE_THIS_YEAR = Labelled.of(null, "一、本年收入", "173.07");
    private static final Labelled T04_REVENUE_TOTAL = Labelled.of(null, "收入合计", "173.07");

    /** 合计, 一般公共预算 小计, 其中: 财政拨款 (the same), 政府性基金, 国有资本经营预算. */
    private static final List<String> T04_EXPENDITURE_COLUMNS =
            List.of("total", "generalPublic", "generalPublic", "governmentFund", "stateCapital");
    /** The 类 with spending, and a sample of the blank ones (every other 类 must be 0 too). */
    private static final List<Labelled> T04_EXPENDITURE = List.of(
            Labelled.of("201", "(一)一般公共服务支出", "146.40", "146.40", "146.40", "", ""),
            Labelled.of("202", "(二)外交支出", "", "", "", "", ""),
            Labelled.of("208", "(八)社会保障和就业支出", "9.39", "9.39", "9.39", "", ""),
            Labelled.of("210", "(十)卫生健康支出", "9.02", "9.02", "9.02", "", ""),
            Labelled.of("221", "(二十一)住房保障支出", "8.26", "8.26", "8.26", "", ""),
            Labelled.of("234", "(三十四)抗疫特别国债安排的支出", "", "", "", "", ""));
    private static final Labelled T04_EXPENDITURE_THIS_YEAR = Labelled.of(null, "一、本年支出", "173.07", "173.07", "173.07", "", "");
    private static final Labelled T04_EXPENDITURE_TOTAL = Labelled.of(null, "支出合计", "173.07", "173.07", "173.07", "", "");
    // Not compared: (九) 医疗卫生与计划生育支出, a blank line of an older template with no 2022 类; 二、年终结转结余, blank.

    // ---- 03 and 05: 科目编码 类/款/项, 名称, 合计, 基本支出 (小计, 人员经费, 公用经费), 项目支出 (小计, 其他运转类, 特定目标类) --

    private static final List<String> BASIC_AND_PROJECT =
            List.of("total", "basic", "personnel", "public", "project", "otherOperating", "specificPurpose");

    /** A printed row: its code (functional 项, economic 款, or project), name, paired code and name, figures by column. */
    record Figures(String code, String name, String pairedCode, String pairedName, List<String> values) {
        static Figures of(String code, String name, String... values) {
            return new Figures(code, name, null, null, List.of(values));
        }

        static Figures paired(String code, String name, String pairedCode, String pairedName, String... values) {
            return new Figures(code, name, pairedCode, pairedName, List.of(values));
        }
    }

    private static final List<Figures> T03_ITEMS = List.of(
            Figures.of("2010301", "行政运行", "108.00", "108.00", "99.77", "8.23", "", "", ""),
            Figures.of("2010399", "其他政府办公厅（室）及相关机构事务支出", "38.40", "", "", "", "38.40", "38.40", ""),
            Figures.of("2080505", "机关事业单位基本养老保险缴费支出", "9.39", "9.39", "9.39", "", "", "", ""),
            Figures.of("2101101", "行政单位医疗", "9.02", "9.02", "9.02", "", "", "", ""),
            Figures.of("2210201", "住房公积金", "8.26", "8.26", "8.26", "", "", "", ""));
    private static final Figures T03_TOTAL = Figures.of("合计", null, "173.07", "134.67", "126.44", "8.23", "38.40", "38.40", "");
    /** The department's one unit (单位代码 141): the API prints no unit line in 03 and 05; its figures are the 合计's. */
    private static final Figures T03_UNIT = Figures.of("141", DEPARTMENT, "173.07", "134.67", "126.44", "8.23", "38.40", "38.40", "");

    /**
     * 05 as printed is 03's figures, all lines being 一般公共预算, except that its text carries no figure under
     * 其他运转类 or 特定目标类 (the columns after 项目支出 小计 are lost); 38.40 is 其他运转类 as 03 and 11 print it.
     */
    private static final List<String> T05_PRINTED_COLUMNS = List.of("total", "basic", "personnel", "public", "project");

    // ---- 06 一般公共预算基本支出预算表: the fourteen 款 with their government economic codes --------------------------

    private static final List<String> T06_COLUMNS = List.of("total", "personnel", "public");
    private static final List<Figures> T06_ROWS = List.of(
            Figures.paired("30199", "其他工资福利支出", "50101", "工资奖金津补贴", "17.76", "17.76", ""),
            Figures.paired("30102", "津贴补贴", "50101", "工资奖金津补贴", "14.78", "14.78", ""),
            Figures.paired("30101", "基本工资", "50101", "工资奖金津补贴", "33.46", "33.46", ""),
            Figures.paired("30107", "绩效工资", "50501", "工资福利支出", "18.40", "18.40", ""),
            Figures.paired("30103", "奖金", "50101", "工资奖金津补贴", "14.89", "14.89", ""),
            Figures.paired("30112", "其他社会保障缴费", "50102", "社会保障缴费", "0.48", "0.48", ""),
            Figures.paired("30239", "其他交通费用", "50201", "办公经费", "2.28", "", "2.28"),
            Figures.paired("30207", "邮电费", "50201", "办公经费", "1.00", "", "1.00"),
            Figures.paired("30228", "工会经费", "50201", "办公经费", "1.31", "", "1.31"),
            Figures.paired("30229", "福利费", "50201", "办公经费", "1.64", "", "1.64"),
            Figures.paired("30201", "办公费", "50201", "办公经费", "2.00", "", "2.00"),
            Figures.paired("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "9.39", "9.39", ""),
            Figures.paired("30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", "9.02", "9.02", ""),
            Figures.paired("30113", "住房公积金", "50103", "住房公积金", "8.26", "8.26", ""));
    private static final Figures T06_TOTAL = Figures.of("合计", null, "134.67", "126.44", "8.23");

    // ---- 11 项目支出预算表: the six projects (code from table 13) ------------------------------------------------------

    private static final List<String> T11_COLUMNS = List.of("total", "generalPublic", "governmentFund", "stateCapital",
            "carryoverGeneralPublic", "carryoverGovernmentFund", "carryoverStateCapital", "specialAccount", "unitFunds");
    private static final String OTHER_OPERATING = "其他运转类";
    private static final List<Figures> T11_PROJECTS = List.of(
            Figures.of("410304220000000013206", "网络使用年租费", "5.00", "5.00", "", "", "", "", "", "", ""),
            Figures.of("410304220000000019623", "电子政务网年租费", "1.56", "1.56", "", "", "", "", "", "", ""),
            Figures.of("410304220000000006846", "政务服务工作经费", "20.00", "20.00", "", "", "", "", "", "", ""),
            Figures.of("410304220000000019622", "110 智能化平台维护费", "3.50", "3.50", "", "", "", "", "", "", ""),
            Figures.of("410304220000000019620", "政务外网年租费", "3.84", "3.84", "", "", "", "", "", "", ""),
            Figures.of("410304220000000013205", "110 专项经费", "4.50", "4.50", "", "", "", "", "", "", ""));
    private static final Figures T11_TOTAL = Figures.of("合计", null, "38.40", "38.40", "", "", "", "", "", "", "");
    private static final Figures T11_UNIT = Figures.of("141", DEPARTMENT, "38.40", "38.40", "", "", "", "", "", "", "");

    // ---- 08, 09, 10: no figures, and the template's note ------------------------------------------------------------

    private static final List<String> T08_COLUMNS =
            List.of("total", "outboundTravel", "vehicles", "vehiclePurchase", "vehicleOperation", "reception");
    private static final String T08_NOTE = "注：区政务服务和大数据管理局 2022 年无三公经费安排的支出，故此表无数据。";
    private static final String T09_NOTE = "注：区政务服务和大数据管理局 2022 年无政府性基金预算拨款安排的支出，故此表无数据";
    private static final String T10_NOTE = "注：区政务服务和大数据管理局 2022 年无国有资本经营预算拨款安排的支出，故此表无数据";

    private static String budgetService;
    private SoftAssertions soft;

    @BeforeAll
    static void demoLoaded(LoadedDemo demo) {
        budgetService = demo.stack().baseUrl(Service.BUDGET).toString();
    }

    @Test
    void table01RevenueAndExpenditure() {
        soft = new SoftAssertions();
        JsonNode table = table("01", "部门收支预算表");
        JsonNode revenue = section(table, "revenue");
        for (Labelled line : T01_REVENUE) {
            same("01 " + line.label(), row(revenue, line.code()).path("values").path("amount"), line.cells().get(0));
        }
        same("01 本年收入合计", revenue.path("thisYear").path("amount"), T01_REVENUE_THIS_YEAR.cells().get(0));
        same("01 收入总计", revenue.path("total").path("amount"), T01_REVENUE_TOTAL.cells().get(0));
        allOtherRowsZero("01 收入", revenue, T01_REVENUE);

        JsonNode expenditure = section(table, "expenditure");
        soft.assertThat(codes(expenditure)).as("01 支出: the template's 类, in order")
                .containsExactlyElementsOf(T01_EXPENDITURE.stream().map(Labelled::code).toList());
        for (Labelled line : T01_EXPENDITURE) {
            same("01 " + line.label(), row(expenditure, line.code()).path("values").path("amount"), line.cells().get(0));
        }
        same("01 本年支出合计", expenditure.path("total").path("amount"), T01_EXPENDITURE_THIS_YEAR.cells().get(0));
        same("01 支出总计", expenditure.path("total").path("amount"), T01_EXPENDITURE_TOTAL.cells().get(0));
        soft.assertAll();
    }

    @Test
    void table03ExpenditureByFunctionalItem() {
        soft = new SoftAssertions();
        JsonNode rows = section(table("03", "部门支出预算表"), "rows");
        items("03", rows, BASIC_AND_PROJECT);
        soft.assertAll();
    }

    @Test
    void table04FiscalAppropriations() {
        soft = new SoftAssertions();
        JsonNode table = table("04", "财政拨款收支预算表");
        JsonNode revenue = section(table, "revenue");
        for (Labelled line : T04_REVENUE) {
            same("04 " + line.label(), row(revenue, line.code()).path("values").path("total"), line.cells().get(0));
        }
        same("04 一、本年收入", revenue.path("thisYear").path("total"), T04_REVENUE_THIS_YEAR.cells().get(0));
        same("04 收入合计", revenue.path("total").path("total"), T04_REVENUE_TOTAL.cells().get(0));
        allOtherRowsZero("04 收入", revenue, T04_REVENUE);

        JsonNode expenditure = section(table, "expenditure");
        for (Labelled line : T04_EXPENDITURE) {
            sameColumns("04 " + line.label(), row(expenditure, line.code()).path("values"), T04_EXPENDITURE_COLUMNS, line.cells());
        }
        sameColumns("04 一、本年支出", expenditure.path("total"), T04_EXPENDITURE_COLUMNS, T04_EXPENDITURE_THIS_YEAR.cells());
        sameColumns("04 支出合计", expenditure.path("total"), T04_EXPENDITURE_COLUMNS, T04_EXPENDITURE_TOTAL.cells());
        allOtherRowsZero("04 支出", expenditure, T04_EXPENDITURE);
        soft.assertAll();
    }

    @Test
    void table05GeneralPublicBudgetExpenditure() {
        soft = new SoftAssertions();
        JsonNode rows = section(table("05", "一般公共预算支出预算表"), "rows");
        items("05", rows, BASIC_AND_PROJECT);
        soft.assertAll();
    }

    @Test
    void table06BasicExpenditureByEconomicCodeWithItsGovernmentCode() {
        soft = new SoftAssertions();
        JsonNode rows = section(table("06", "一般公共预算基本支出预算表"), "rows");
        List<JsonNode> printed = rowsAtLevel(rows, 2);
        soft.assertThat(printed.stream().map(row -> row.path("code").asText()).toList()).as("06 款 rows")
                .containsExactlyInAnyOrderElementsOf(T06_ROWS.stream().map(Figures::code).toList());
        for (Figures expected : T06_ROWS) {
            JsonNode row = row(rows, expected.code());
            soft.assertThat(row.path("name").asText()).as("06 " + expected.code() + " name").isEqualTo(expected.name());
            soft.assertThat(row.path("governmentCode").asText()).as("06 " + expected.code() + " 政府预算支出经济分类")
                    .isEqualTo(expected.pairedCode());
            soft.assertThat(row.path("governmentName").asText()).as("06 " + expected.code() + " its name")
                    .isEqualTo(expected.pairedName());
            sameColumns("06 " + expected.code(), row.path("values"), T06_COLUMNS, expected.values());
        }
        sameColumns("06 合计", rows.path("total"), T06_COLUMNS, T06_TOTAL.values());
        soft.assertAll();
    }

    @Test
    void table08ThreePublicCostsIsEmptyWithTheTemplatesNote() {
        emptyWithNote("08", "一般公共预算“三公”经费预算表", T08_COLUMNS, T08_NOTE);
    }

    @Test
    void table09GovernmentFundIsEmptyWithTheTemplatesNote() {
        emptyWithNote("09", "政府性基金预算支出预算表", BASIC_AND_PROJECT, T09_NOTE);
    }

    @Test
    void table10StateCapitalIsEmptyWithTheTemplatesNote() {
        emptyWithNote("10", "国有资本经营预算支出预算表", BASIC_AND_PROJECT, T10_NOTE);
    }

    @Test
    void table11TheSixProjectsSumTo3840() {
        soft = new SoftAssertions();
        JsonNode rows = section(table("11", "项目支出预算表"), "rows");
        List<JsonNode> units = rowsAtLevel(rows, 1);
        soft.assertThat(units).as("11 unit rows").hasSize(1);
        if (units.size() == 1) {
            soft.assertThat(units.get(0).path("name").asText()).as("11 unit").isEqualTo(T11_UNIT.name());
            sameColumns("11 unit", units.get(0).path("values"), T11_COLUMNS, T11_UNIT.values());
        }
        List<JsonNode> projects = rowsAtLevel(rows, 2);
        soft.assertThat(projects.stream().map(row -> row.path("code").asText()).toList()).as("11 projects")
                .containsExactlyInAnyOrderElementsOf(T11_PROJECTS.stream().map(Figures::code).toList());
        for (Figures expected : T11_PROJECTS) {
            JsonNode row = row(rows, expected.code());
            soft.assertThat(SourceDocument.compact(row.path("name").asText())).as("11 " + expected.code() + " name")
                    .isEqualTo(SourceDocument.compact(expected.name()));
            soft.assertThat(row.path("category").asText()).as("11 " + expected.name() + " 类型").isEqualTo(OTHER_OPERATING);
            sameColumns("11 " + expected.name(), row.path("values"), T11_COLUMNS, expected.values());
        }
        sameColumns("11 合计", rows.path("total"), T11_COLUMNS, T11_TOTAL.values());
        soft.assertAll();
    }

    /** What is written above is what the document prints: each row, label and note, read from its text. */
    @Test
    void theExpectedFiguresAreTheDocumentsOwn() {
        SourceDocument source = SourceDocument.read();
        SoftAssertions copied = new SoftAssertions();

        SourceDocument.Block t01 = source.table("2022 年部门收支预算表");
        Stream.of(T01_REVENUE, T01_EXPENDITURE, List.of(T01_REVENUE_THIS_YEAR, T01_REVENUE_TOTAL,
                        T01_EXPENDITURE_THIS_YEAR, T01_EXPENDITURE_TOTAL))
                .flatMap(List::stream)
                .forEach(line -> copied.assertThat(t01.hasLabelled(line.label(), line.cells()))
                        .as("01 prints " + line.label() + " " + line.cells()).isTrue());
        copied.assertThat(t01.hasLine(DEPARTMENT)).as("01 部门名称").isTrue();

        SourceDocument.Block t04 = source.table("2022 年财政拨款收支预算表");
        Stream.of(T04_REVENUE, T04_EXPENDITURE, List.of(T04_REVENUE_THIS_YEAR, T04_REVENUE_TOTAL,
                        T04_EXPENDITURE_THIS_YEAR, T04_EXPENDITURE_TOTAL))
                .flatMap(List::stream)
                .forEach(line -> copied.assertThat(t04.hasLabelled(line.label(), line.cells()))
                        .as("04 prints " + line.label() + " " + line.cells()).isTrue());

        for (String[] table : new String[][] {{"03", "2022 年部门支出预算表"}, {"05", "2022 年一般公共预算支出预算表"}}) {
            SourceDocument.Block block = source.table(table[1]);
            List<String> printedColumns = table[0].equals("05") ? T05_PRINTED_COLUMNS : BASIC_AND_PROJECT;
            for (Figures item : T03_ITEMS) {
                List<String> cells = new ArrayList<>(List.of(item.code().substring(0, 3), item.code().substring(3, 5),
                        item.code().substring(5, 7), item.name()));
                cells.addAll(printed(item.values(), BASIC_AND_PROJECT, printedColumns));
                copied.assertThat(block.hasRow(cells)).as(table[0] + " prints " + cells).isTrue();
            }
            List<String> total = new ArrayList<>(List.of("合计"));
            total.addAll(printed(T03_TOTAL.values(), BASIC_AND_PROJECT, printedColumns));
            copied.assertThat(block.hasRow(total)).as(table[0] + " prints " + total).isTrue();
            List<String> unit = new ArrayList<>(List.of(T03_UNIT.code(), T03_UNIT.name()));
            unit.addAll(printed(T03_UNIT.values(), BASIC_AND_PROJECT, printedColumns));
            copied.assertThat(block.hasRow(unit)).as(table[0] + " prints " + unit).isTrue();
        }

        SourceDocument.Block t06 = source.table("2022 年一般公共预算基本支出预算表");
        for (Figures row : T06_ROWS) {
            List<String> cells = new ArrayList<>(List.of(row.code(), row.name(), row.pairedCode(), row.pairedName()));
            cells.addAll(printed(row.values(), T06_COLUMNS, T06_COLUMNS));
            copied.assertThat(t06.hasRow(cells)).as("06 prints " + cells).isTrue();
        }
        List<String> t06Total = new ArrayList<>(List.of("合计"));
        t06Total.addAll(printed(T06_TOTAL.values(), T06_COLUMNS, T06_COLUMNS));
        copied.assertThat(t06.hasRow(t06Total)).as("06 prints " + t06Total).isTrue();

        copied.assertThat(source.table("2022 年一般公共预算“三公”经费预算表").hasLine(T08_NOTE)).as("08 note").isTrue();
        copied.assertThat(source.table("2022 年政府性基金支出预算表").hasLine(T09_NOTE)).as("09 note").isTrue();
        copied.assertThat(source.table("2022 年国有资本经营支出预算表").hasLine(T10_NOTE)).as("10 note").isTrue();

        SourceDocument.Block t11 = source.table("2022 年项目支出预算表");
        for (Figures project : T11_PROJECTS) {
            List<String> cells = new ArrayList<>(List.of(OTHER_OPERATING, project.name(), DEPARTMENT));
            cells.addAll(printed(project.values(), T11_COLUMNS, T11_COLUMNS));
            copied.assertThat(t11.hasRow(cells)).as("11 prints " + cells).isTrue();
        }
        copied.assertThat(t11.hasRow(printed(T11_TOTAL.values(), T11_COLUMNS, T11_COLUMNS))).as("11 合计").isTrue();
        List<String> t11Unit = new ArrayList<>(List.of(T11_UNIT.code(), T11_UNIT.name()));
        t11Unit.addAll(printed(T11_UNIT.values(), T11_COLUMNS, T11_COLUMNS));
        copied.assertThat(t11.hasRow(t11Unit)).as("11 prints " + t11Unit).isTrue();

        // Table 13 prints each project's code beside its name and amount.
        SourceDocument.Block t13 = source.table("2022 年部门预算项目绩效目标表");
        for (Figures project : T11_PROJECTS) {
            copied.assertThat(t13.hasRowStartingWith(List.of(project.code(), project.name(), project.values().get(0))))
                    .as("13 prints " + project.code() + " " + project.name()).isTrue();
        }
        copied.assertAll();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** 03 and 05: the 项 rows, the 类 rows against table 01's 类 figures, and the total. */
    private void items(String number, JsonNode rows, List<String> columns) {
        soft.assertThat(rowsAtLevel(rows, 3).stream().map(row -> row.path("code").asText()).toList())
                .as(number + " 项 rows").containsExactlyElementsOf(T03_ITEMS.stream().map(Figures::code).toList());
        for (Figures item : T03_ITEMS) {
            JsonNode row = row(rows, item.code());
            soft.assertThat(row.path("name").asText()).as(number + " " + item.code() + " name").isEqualTo(item.name());
            sameColumns(number + " " + item.code(), row.path("values"), columns, item.values());
        }
        // The document prints no 类 subtotals in 03 and 05; table 01 prints them.
        for (Labelled category : T01_EXPENDITURE) {
            if (!category.cells().get(0).isEmpty()) {
                same(number + " 类 " + category.code(), row(rows, category.code()).path("values").path("total"),
                        category.cells().get(0));
            }
        }
        sameColumns(number + " 合计", rows.path("total"), columns, T03_TOTAL.values());
    }

    private void emptyWithNote(String number, String title, List<String> columns, String note) {
        soft = new SoftAssertions();
        JsonNode table = table(number, title);
        soft.assertThat(table.path("empty").asBoolean()).as(number + " empty").isTrue();
        soft.assertThat(SourceDocument.withoutFinalStop(SourceDocument.compact(table.path("note").asText())))
                .as(number + " note").isEqualTo(SourceDocument.withoutFinalStop(SourceDocument.compact(note)));
        JsonNode rows = section(table, "rows");
        soft.assertThat(rows.path("rows")).as(number + " rows").isEmpty();
        List<String> blank = columns.stream().map(column -> "").toList();
        sameColumns(number + " 合计", rows.path("total"), columns, blank);
        soft.assertAll();
    }

    private JsonNode table(String number, String title) {
        String body = given().baseUri(budgetService)
                .get(TABLES + number)
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
        JsonNode table;
        try {
            table = JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        soft.assertThat(table.path("title").asText()).as(number + " title").isEqualTo(title);
        soft.assertThat(table.path("departmentName").asText()).as(number + " 部门名称").isEqualTo(DEPARTMENT);
        soft.assertThat(table.path("unit").asText()).as(number + " 单位").isEqualTo("万元");
        soft.assertThat(table.path("status").asText()).as(number + " status").isEqualTo("PUBLISHED");
        return table;
    }

    /** Expected cells by column; several columns may print the same API column (04's 其中: 财政拨款). */
    private void sameColumns(String what, JsonNode values, List<String> columns, List<String> cells) {
        assertThat(cells).as(what + ": one cell per column").hasSameSizeAs(columns);
        for (int i = 0; i < columns.size(); i++) {
            same(what + " " + columns.get(i), values.path(columns.get(i)), cells.get(i));
        }
    }

    /** A printed figure, or "" for a blank cell, which is 0.00. */
    private void same(String what, JsonNode actual, String printed) {
        soft.assertThat(actual.isNumber()).as(what + " is served (a number), was " + actual).isTrue();
        if (actual.isNumber()) {
            soft.assertThat(actual.decimalValue()).as(what).isEqualByComparingTo(printed.isEmpty() ? "0.00" : printed);
        }
    }

    /** Rows of a section that no expected line names are all zero: blank in the document. */
    private void allOtherRowsZero(String what, JsonNode section, List<Labelled> expected) {
        Set<String> named = new HashSet<>();
        expected.forEach(line -> named.add(line.code()));
        for (JsonNode row : section.path("rows")) {
            if (!named.contains(row.path("code").asText())) {
                row.path("values").fields().forEachRemaining(value -> soft.assertThat(value.getValue().decimalValue())
                        .as(what + " " + row.path("code").asText() + " " + value.getKey() + " (blank in the document)")
                        .isZero());
            }
        }
    }

    private static List<String> printed(List<String> values, List<String> columns, List<String> printedColumns) {
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byColumn.put(columns.get(i), values.get(i));
        }
        return printedColumns.stream().map(byColumn::get).filter(value -> !value.isEmpty()).toList();
    }

    private static JsonNode section(JsonNode table, String key) {
        for (JsonNode section : table.path("sections")) {
            if (section.path("key").asText().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("Table " + table.path("number").asText() + " has no section " + key + ": " + table);
    }

    private static JsonNode row(JsonNode section, String code) {
        for (JsonNode row : section.path("rows")) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        return JSON.createObjectNode();
    }

    private static List<String> codes(JsonNode section) {
        List<String> codes = new ArrayList<>();
        section.path("rows").forEach(row -> codes.add(row.path("code").asText()));
        return codes;
    }

    private static List<JsonNode> rowsAtLevel(JsonNode section, int level) {
        List<JsonNode> rows = new ArrayList<>();
        section.path("rows").forEach(row -> {
            if (row.path("level").asInt() == level) {
                rows.add(row);
            }
        });
        return rows;
    }
}
