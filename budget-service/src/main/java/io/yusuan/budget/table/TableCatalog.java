package io.yusuan.budget.table;

import java.util.List;
import java.util.Optional;

/**
 * The standard tables 01–11 of the 部门预算公开 template (河南 2022), declared as data: which lines,
 * grouped how, summed into which columns.
 */
public final class TableCatalog {

    static final String GENERAL_PUBLIC = "l.fund = 'GENERAL_PUBLIC_BUDGET'";
    static final String GOVERNMENT_FUND = "l.fund = 'GOVERNMENT_FUND'";
    static final String STATE_CAPITAL = "l.fund = 'STATE_CAPITAL'";
    static final String FISCAL = "l.fund in ('GENERAL_PUBLIC_BUDGET', 'GOVERNMENT_FUND', 'STATE_CAPITAL')";

    private static final Column TOTAL = Column.of("total", "合计", null);

    /** 合计, 基本支出 (小计, 人员经费, 公用经费), 项目支出 (小计, 其他运转类, 特定目标类): tables 03, 05, 09, 10. */
    private static final List<Column> BASIC_AND_PROJECT = List.of(
            TOTAL,
            Column.under("基本支出", "basic", "小计", "l.kind = 'BASIC'"),
            Column.under("基本支出", "personnel", "人员经费", "l.category = 'PERSONNEL'"),
            Column.under("基本支出", "public", "公用经费", "l.category = 'PUBLIC'"),
            Column.under("项目支出", "project", "小计", "l.kind = 'PROJECT'"),
            Column.under("项目支出", "otherOperating", "其他运转类", "p.category = 'OTHER_OPERATING'"),
            Column.under("项目支出", "specificPurpose", "特定目标类", "p.category = 'SPECIFIC_PURPOSE'"));

    private static final String NO_DATA = "注：{department} {year} 年无{what}安排的支出，故此表无数据。";

    private static final List<TableDefinition> TABLES = List.of(
            new TableDefinition("01", "部门收支预算表", "Revenue and expenditure budget", List.of(
                    Section.revenue("revenue", "收入", RowDimension.REVENUE_SOURCE, null,
                            List.of(Column.of("amount", "预算数", null)), null),
                    Section.expenditure("expenditure", "支出", RowDimension.FUNCTIONAL_CATEGORIES, null,
                            List.of(Column.of("amount", "预算数", null)))), null),
            new TableDefinition("02", "部门收入预算表", "Revenue budget", List.of(
                    Section.revenue("rows", null, RowDimension.UNIT, null, List.of(
                            TOTAL,
                            Column.of("FISCAL_GENERAL_PUBLIC", "一般公共预算拨款", "l.source = 'FISCAL_GENERAL_PUBLIC'"),
                            Column.of("FISCAL_GOVERNMENT_FUND", "政府性基金预算拨款", "l.source = 'FISCAL_GOVERNMENT_FUND'"),
                            Column.of("FISCAL_STATE_CAPITAL", "国有资本经营预算拨款", "l.source = 'FISCAL_STATE_CAPITAL'"),
                            Column.of("SPECIAL_ACCOUNT", "财政专户管理资金", "l.source = 'SPECIAL_ACCOUNT'"),
                            Column.of("OPERATING", "事业收入", "l.source = 'OPERATING'"),
                            Column.of("HIGHER_LEVEL_SUBSIDY", "上级补助收入", "l.source = 'HIGHER_LEVEL_SUBSIDY'"),
                            Column.of("SUBORDINATE_REMITTANCE", "附属单位上缴收入", "l.source = 'SUBORDINATE_REMITTANCE'"),
                            Column.of("BUSINESS", "事业单位经营收入", "l.source = 'BUSINESS'"),
                            Column.of("OTHER", "其他收入", "l.source = 'OTHER'"),
                            Column.of("INSTITUTION_FUND", "用事业基金弥补收支差额", "l.source = 'INSTITUTION_FUND'"),
                            Column.of("CARRYOVER", "上年结转结余", "l.source = 'CARRYOVER'")), null)), null),
            new TableDefinition("03", "部门支出预算表", "Expenditure budget", List.of(
                    Section.expenditure("rows", null, RowDimension.FUNCTIONAL, null, BASIC_AND_PROJECT)), null),
            new TableDefinition("04", "财政拨款收支预算表", "Fiscal appropriation revenue and expenditure budget", List.of(
                    Section.revenue("revenue", "收入", RowDimension.REVENUE_SOURCE,
                            "l.source in ('FISCAL_GENERAL_PUBLIC', 'FISCAL_GOVERNMENT_FUND', 'FISCAL_STATE_CAPITAL') or "
                                    + "(l.source = 'CARRYOVER' and " + FISCAL + ")", List.of(
                                    TOTAL,
                                    Column.of("generalPublic", "一般公共预算",
                                            "l.source = 'FISCAL_GENERAL_PUBLIC' or " + GENERAL_PUBLIC),
                                    Column.of("governmentFund", "政府性基金预算",
                                            "l.source = 'FISCAL_GOVERNMENT_FUND' or " + GOVERNMENT_FUND),
                                    Column.of("stateCapital", "国有资本经营预算",
                                            "l.source = 'FISCAL_STATE_CAPITAL' or " + STATE_CAPITAL)),
                            List.of("FISCAL_GENERAL_PUBLIC", "FISCAL_GOVERNMENT_FUND", "FISCAL_STATE_CAPITAL", "CARRYOVER")),
                    Section.expenditure("expenditure", "支出", RowDimension.FUNCTIONAL_CATEGORIES, FISCAL, List.of(
                            TOTAL,
                            Column.of("generalPublic", "一般公共预算", GENERAL_PUBLIC),
                            Column.of("governmentFund", "政府性基金预算", GOVERNMENT_FUND),
                            Column.of("stateCapital", "国有资本经营预算", STATE_CAPITAL)))), null),
            new TableDefinition("05", "一般公共预算支出预算表", "General public budget expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.FUNCTIONAL, GENERAL_PUBLIC, BASIC_AND_PROJECT)), null),
            new TableDefinition("06", "一般公共预算基本支出预算表", "General public budget basic expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.ECONOMIC_DEPARTMENT,
                            GENERAL_PUBLIC + " and l.kind = 'BASIC'", List.of(
                                    TOTAL,
                                    Column.of("personnel", "人员经费", "l.category = 'PERSONNEL'"),
                                    Column.of("public", "公用经费", "l.category = 'PUBLIC'")))), null),
            new TableDefinition("07", "支出经济分类汇总表", "Expenditure by economic classification", List.of(
                    Section.expenditure("rows", null, RowDimension.ECONOMIC_GOVERNMENT, null, economicSummary())), null),
            new TableDefinition("08", "一般公共预算“三公”经费预算表", "General public budget “three public” costs", List.of(
                    Section.expenditure("rows", null, RowDimension.NONE,
                            GENERAL_PUBLIC + " and n.three_public_part is not null", List.of(
                                    Column.of("total", "“三公”经费合计", null),
                                    Column.of("outboundTravel", "因公出国（境）费", "n.three_public_part = 'OUTBOUND'"),
                                    Column.under("公务用车购置及运行费", "vehicles", "小计",
                                            "n.three_public_part in ('VEHICLE_PURCHASE', 'VEHICLE_OPERATION')"),
                                    Column.under("公务用车购置及运行费", "vehiclePurchase", "公务用车购置费",
                                            "n.three_public_part = 'VEHICLE_PURCHASE'"),
                                    Column.under("公务用车购置及运行费", "vehicleOperation", "公务用车运行费",
                                            "n.three_public_part = 'VEHICLE_OPERATION'"),
                                    Column.of("reception", "公务接待费", "n.three_public_part = 'RECEPTION'")))),
                    NO_DATA.replace("{what}", "三公经费")),
            new TableDefinition("09", "政府性基金预算支出预算表", "Government fund budget expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.FUNCTIONAL, GOVERNMENT_FUND, BASIC_AND_PROJECT)),
                    NO_DATA.replace("{what}", "政府性基金预算拨款")),
            new TableDefinition("10", "国有资本经营预算支出预算表", "State capital operation budget expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.FUNCTIONAL, STATE_CAPITAL, BASIC_AND_PROJECT)),
                    NO_DATA.replace("{what}", "国有资本经营预算拨款")),
            new TableDefinition("11", "项目支出预算表", "Project expenditure", List.of(
                    Section.expenditure("rows", null, RowDimension.PROJECT, "l.kind = 'PROJECT'", List.of(
                            TOTAL,
                            Column.under("本年拨款", "generalPublic", "一般公共预算", GENERAL_PUBLIC + " and not l.carryover"),
                            Column.under("本年拨款", "governmentFund", "政府性基金预算", GOVERNMENT_FUND + " and not l.carryover"),
                            Column.under("本年拨款", "stateCapital", "国有资本经营预算", STATE_CAPITAL + " and not l.carryover"),
                            Column.under("财政拨款结转结余", "carryoverGeneralPublic", "一般公共预算", GENERAL_PUBLIC + " and l.carryover"),
                            Column.under("财政拨款结转结余", "carryoverGovernmentFund", "政府性基金预算", GOVERNMENT_FUND + " and l.carryover"),
                            Column.under("财政拨款结转结余", "carryoverStateCapital", "国有资本经营预算", STATE_CAPITAL + " and l.carryover"),
                            Column.of("specialAccount", "财政专户管理资金", "l.fund = 'SPECIAL_ACCOUNT'"),
                            Column.of("unitFunds", "单位资金", "l.fund = 'UNIT_FUNDS'")))), null));

    /** Table 07 grouped by department economic classification instead, on request. */
    private static final TableDefinition TABLE_07_BY_DEPARTMENT_CODE = new TableDefinition("07", "支出经济分类汇总表",
            "Expenditure by economic classification", List.of(
                    Section.expenditure("rows", null, RowDimension.ECONOMIC_DEPARTMENT, null, economicSummary())), null);

    private TableCatalog() {
    }

    private static List<Column> economicSummary() {
        return List.of(TOTAL, Column.of("basic", "基本支出", "l.kind = 'BASIC'"),
                Column.of("project", "项目支出", "l.kind = 'PROJECT'"));
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
