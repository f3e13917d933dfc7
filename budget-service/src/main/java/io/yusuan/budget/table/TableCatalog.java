package io.yusuan.budget.table;

import static io.yusuan.budget.rules.LineRules.FISCAL;
import static io.yusuan.budget.rules.LineRules.carryover;
import static io.yusuan.budget.rules.LineRules.fund;
import static io.yusuan.budget.rules.LineRules.kind;
import static io.yusuan.budget.rules.LineRules.projectCategory;
import static io.yusuan.budget.rules.LineRules.source;
import static io.yusuan.budget.rules.LineRules.threePublic;

import io.yusuan.budget.load.ExpenditureKind;
import io.yusuan.budget.load.Fund;
import io.yusuan.budget.load.ProjectCategory;
import io.yusuan.budget.load.RevenueSource;
import io.yusuan.budget.rules.LineRules;
import io.yusuan.budget.rules.LineRules.ThreePublicPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard tables 01–11 of the 部门预算公开 template (河南 2022), declared as data: which lines, grouped how,
 * summed into which columns, printed in which layout with which notes. JSON, CSV and XLSX all render what this
 * declares.
 */
public final class TableCatalog {

    static final String GENERAL_PUBLIC = fund(Fund.GENERAL_PUBLIC_BUDGET);
    static final String GOVERNMENT_FUND = fund(Fund.GOVERNMENT_FUND);
    static final String STATE_CAPITAL = fund(Fund.STATE_CAPITAL);
    static final String BASIC = kind(ExpenditureKind.BASIC);
    static final String PROJECT = kind(ExpenditureKind.PROJECT);

    private static final Column TOTAL = Column.of("total", "合计", null);

    /**
     * 合计, 基本支出 (小计, 人员经费 (工资福利支出, 对个人和家庭的补助), 公用经费 (商品和服务支出, 资本性支出)), 项目支出
     * (小计, 其他运转类, 特定目标类): tables 03, 05, 09, 10. 人员经费 and 公用经费 are also served as sums of their parts
     * (keys personnel and public), which the template prints only as group headers.
     */
    static final List<Column> BASIC_AND_PROJECT = List.of(
            TOTAL,
            Column.under("基本支出", "basic", "小计", BASIC),
            Column.under("基本支出", "personnel", "人员经费", LineRules.PERSONNEL),
            Column.under("基本支出", "人员经费", "personnelWages", "工资福利支出", LineRules.PERSONNEL_WAGES),
            Column.under("基本支出", "人员经费", "personnelHousehold", "对个人和家庭的补助", LineRules.PERSONNEL_HOUSEHOLD),
            Column.under("基本支出", "public", "公用经费", LineRules.PUBLIC),
            Column.under("基本支出", "公用经费", "publicGoods", "商品和服务支出", LineRules.PUBLIC_GOODS),
            Column.under("基本支出", "公用经费", "publicCapital", "资本性支出", LineRules.PUBLIC_CAPITAL),
            Column.under("项目支出", "project", "小计", PROJECT),
            Column.under("项目支出", "otherOperating", "其他运转类", projectCategory(ProjectCategory.OTHER_OPERATING)),
            Column.under("项目支出", "specificPurpose", "特定目标类", projectCategory(ProjectCategory.SPECIFIC_PURPOSE)));

    /** The columns of {@link #BASIC_AND_PROJECT} the template prints: not the sums its group headers stand for. */
    static final List<String> BASIC_AND_PROJECT_PRINTED = List.of("total", "basic", "personnelWages", "personnelHousehold",
            "publicGoods", "publicCapital", "project", "otherOperating", "specificPurpose");

    private static final String NO_DATA = "注：{department} {year} 年无{what}安排的支出，故此表无数据";

    /** 08's note, printed under the table whatever its figures, word for word. */
    static final String THREE_PUBLIC_NOTE = "注：按照党中央、国务院有关规定及部门预算管理有关规定，“三公”经费包括因公出国（境）费、"
            + "公务用车购置及运行费和公务接待费。（1）因公出国（境）费，指单位工作人员公务出国（境）的住宿费、差旅费、伙食补助费、"
            + "杂费、培训费等支出。（2）公务用车购置及运行费，指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、"
            + "安全奖励费用等支出，公务用车指用于履行公务的机动车辆，包括一般公务用车和执法执勤用车。（3）公务接待费，"
            + "指单位按规定开支的各类公务接待（含外宾接待）支出。";

    private static final List<TableDefinition> TABLES = List.of(
            new TableDefinition("01", "部门收支预算表", null, "Revenue and expenditure budget", List.of(
                    Section.revenue("revenue", "收入", RowDimension.REVENUE_SOURCE, null,
                            List.of(Column.of("amount", "金额", null)), null),
                    Section.expenditure("expenditure", "支出", RowDimension.FUNCTIONAL_CATEGORIES, null,
                            List.of(Column.of("amount", "金额", null)))),
                    TableLayout.REVENUE_AND_EXPENDITURE, List.of(), null, true),
            new TableDefinition("02", "部门收入预算表", null, "Revenue budget", List.of(
                    Section.revenue("rows", null, RowDimension.UNIT, null, revenueBySource(), null)),
                    TableLayout.UNITS, List.of(), null, false),
            new TableDefinition("03", "部门支出预算表", null, "Expenditure budget", List.of(
                    Section.expenditure("rows", null, RowDimension.FUNCTIONAL, null, BASIC_AND_PROJECT)
                            .printedBy(RowDimension.UNIT_FUNCTIONAL)),
                    TableLayout.UNIT_BLOCKS, List.of(), null, true),
            new TableDefinition("04", "财政拨款收支预算表", null, "Fiscal appropriation revenue and expenditure budget", List.of(
                    Section.revenue("revenue", "收入", RowDimension.REVENUE_SOURCE,
                            source(RevenueSource.FISCAL_GENERAL_PUBLIC) + " or " + source(RevenueSource.FISCAL_GOVERNMENT_FUND)
                                    + " or " + source(RevenueSource.FISCAL_STATE_CAPITAL) + " or ("
                                    + source(RevenueSource.CARRYOVER) + " and " + FISCAL + ")", List.of(
                                    TOTAL,
                                    Column.of("generalPublic", "一般公共预算",
                                            source(RevenueSource.FISCAL_GENERAL_PUBLIC) + " or " + GENERAL_PUBLIC),
                                    Column.of("governmentFund", "政府性基金预算",
                                            source(RevenueSource.FISCAL_GOVERNMENT_FUND) + " or " + GOVERNMENT_FUND),
                                    Column.of("stateCapital", "国有资本经营预算",
                                            source(RevenueSource.FISCAL_STATE_CAPITAL) + " or " + STATE_CAPITAL)),
                            List.of(RevenueSource.FISCAL_GENERAL_PUBLIC.name(), RevenueSource.FISCAL_GOVERNMENT_FUND.name(),
                                    RevenueSource.FISCAL_STATE_CAPITAL.name(), RevenueSource.CARRYOVER.name())),
                    Section.expenditure("expenditure", "支出", RowDimension.FUNCTIONAL_CATEGORIES, FISCAL, List.of(
                            TOTAL,
                            Column.under("一般公共预算", "generalPublic", "小计", GENERAL_PUBLIC),
                            Column.under("一般公共预算", "generalPublicFiscal", "其中：财政拨款", GENERAL_PUBLIC),
                            Column.of("governmentFund", "政府性基金", GOVERNMENT_FUND),
                            Column.of("stateCapital", "国有资本经营预算", STATE_CAPITAL)))),
                    TableLayout.FISCAL, List.of(), null, true),
            new TableDefinition("05", "一般公共预算支出预算表", null, "General public budget expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.FUNCTIONAL, GENERAL_PUBLIC, BASIC_AND_PROJECT)
                            .printedBy(RowDimension.UNIT_FUNCTIONAL)),
                    TableLayout.UNIT_BLOCKS, List.of(), null, true),
            new TableDefinition("06", "一般公共预算基本支出预算表", null, "General public budget basic expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.ECONOMIC_DEPARTMENT, GENERAL_PUBLIC + " and " + BASIC,
                            List.of(Column.under("本年一般公共预算基本支出", "total", "合计", null),
                                    Column.under("本年一般公共预算基本支出", "personnel", "人员经费", LineRules.PERSONNEL),
                                    Column.under("本年一般公共预算基本支出", "public", "公用经费", LineRules.PUBLIC)))),
                    TableLayout.ECONOMIC_PAIRS, List.of(), null, true),
            new TableDefinition("07", "支出经济分类汇总表", null, "Expenditure by economic classification", List.of(
                    Section.expenditure("rows", null, RowDimension.ECONOMIC_GOVERNMENT, null, economicSummary())),
                    TableLayout.ECONOMIC, List.of(), null, false),
            new TableDefinition("08", "一般公共预算“三公”经费预算表", null, "General public budget “three public” costs", List.of(
                    Section.expenditure("rows", null, RowDimension.NONE, LineRules.THREE_PUBLIC, List.of(
                            Column.of("total", "“三公”经费合计", null),
                            Column.of("outboundTravel", "因公出国（境）费", threePublic(ThreePublicPart.OUTBOUND)),
                            Column.under("公务用车购置及运行费", "vehicles", "小计",
                                    threePublic(ThreePublicPart.VEHICLE_PURCHASE, ThreePublicPart.VEHICLE_OPERATION)),
                            Column.under("公务用车购置及运行费", "vehiclePurchase", "公务用车购置费",
                                    threePublic(ThreePublicPart.VEHICLE_PURCHASE)),
                            Column.under("公务用车购置及运行费", "vehicleOperation", "公务用车运行费",
                                    threePublic(ThreePublicPart.VEHICLE_OPERATION)),
                            Column.of("reception", "公务接待费", threePublic(ThreePublicPart.RECEPTION))))),
                    TableLayout.TOTALS, List.of(THREE_PUBLIC_NOTE), NO_DATA.replace("{what}", "三公经费") + "。", true),
            new TableDefinition("09", "政府性基金预算支出预算表", "政府性基金支出预算表", "Government fund budget expenditure",
                    List.of(Section.expenditure("rows", null, RowDimension.FUNCTIONAL, GOVERNMENT_FUND, BASIC_AND_PROJECT)
                            .printedBy(RowDimension.UNIT_FUNCTIONAL)),
                    TableLayout.UNIT_BLOCKS, List.of(), NO_DATA.replace("{what}", "政府性基金预算拨款"), true),
            new TableDefinition("10", "国有资本经营预算支出预算表", "国有资本经营支出预算表",
                    "State capital operation budget expenditure",
                    List.of(Section.expenditure("rows", null, RowDimension.FUNCTIONAL, STATE_CAPITAL, BASIC_AND_PROJECT)
                            .printedBy(RowDimension.UNIT_FUNCTIONAL)),
                    TableLayout.UNIT_BLOCKS, List.of(), NO_DATA.replace("{what}", "国有资本经营预算拨款"), true),
            new TableDefinition("11", "项目支出预算表", null, "Project expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.PROJECT, PROJECT, List.of(
                            TOTAL,
                            Column.under("本年拨款", "generalPublic", "一般公共预算", GENERAL_PUBLIC + " and " + carryover(false)),
                            Column.under("本年拨款", "governmentFund", "政府性基金预算", GOVERNMENT_FUND + " and " + carryover(false)),
                            Column.under("本年拨款", "stateCapital", "国有资本经营预算", STATE_CAPITAL + " and " + carryover(false)),
                            Column.under("财政拨款结转结余", "carryoverGeneralPublic", "一般公共预算",
                                    GENERAL_PUBLIC + " and " + carryover(true)),
                            Column.under("财政拨款结转结余", "carryoverGovernmentFund", "政府性基金预算",
                                    GOVERNMENT_FUND + " and " + carryover(true)),
                            Column.under("财政拨款结转结余", "carryoverStateCapital", "国有资本经营预算",
                                    STATE_CAPITAL + " and " + carryover(true)),
                            Column.of("specialAccount", "财政专户管理资金", fund(Fund.SPECIAL_ACCOUNT)),
                            Column.of("unitFunds", "单位资金", fund(Fund.UNIT_FUNDS))))),
                    TableLayout.PROJECTS, List.of(), null, true));

    /** Table 07 grouped by department economic classification instead, on request. */
    private static final TableDefinition TABLE_07_BY_DEPARTMENT_CODE = new TableDefinition("07", "支出经济分类汇总表", null,
            "Expenditure by economic classification", List.of(
                    Section.expenditure("rows", null, RowDimension.ECONOMIC_DEPARTMENT, null, economicSummary())),
            TableLayout.ECONOMIC_PAIRS, List.of(), null, false);

    private TableCatalog() {
    }

    /** 02: 合计, then a column per revenue source, in 02's order (事业单位经营收入 after 附属单位上缴收入). */
    private static List<Column> revenueBySource() {
        List<Column> columns = new ArrayList<>(List.of(TOTAL));
        for (RevenueSource source : List.of(RevenueSource.FISCAL_GENERAL_PUBLIC, RevenueSource.FISCAL_GOVERNMENT_FUND,
                RevenueSource.FISCAL_STATE_CAPITAL, RevenueSource.SPECIAL_ACCOUNT, RevenueSource.OPERATING,
                RevenueSource.HIGHER_LEVEL_SUBSIDY, RevenueSource.SUBORDINATE_REMITTANCE, RevenueSource.BUSINESS,
                RevenueSource.OTHER, RevenueSource.INSTITUTION_FUND, RevenueSource.CARRYOVER)) {
            columns.add(Column.of(source.name(), TableRows.revenueColumn(source), source(source)));
        }
        return columns;
    }

    private static List<Column> economicSummary() {
        return List.of(TOTAL, Column.of("basic", "基本支出", BASIC), Column.of("project", "项目支出", PROJECT));
    }

    public static List<TableDefinition> all() {
        return TABLES;
    }

    /** @param byDepartmentCode table 07 by 部门预算支出经济分类 instead of 政府预算支出经济分类 */
    public static Optional<TableDefinition> find(String number, boolean byDepartmentCode) {
        if ("07".equals(number) && byDepartmentCode) {
            return Optional.of(TABLE_07_BY_DEPARTMENT_CODE);
        }
        return TABLES.stream().filter(table -> table.number().equals(number)).findFirst();
    }
}
