package io.yusuan.performance.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Table 13 as the template prints it (source document, lines 443–474): fourteen columns under three header rows —
 * 单位编码(项目编码) and 项目单位(项目名称) merged down all three; 项目金额(万元) over 资金总额, 政府预算资金, 财政专户管理资金
 * and 单位资金; 绩效目标 over 成本指标, 产出指标, 效益指标 and 满意度指标, each over 三级指标 | 指标值. The body: the 合计 row,
 * then for each unit its subtotal row (单位编码, 项目单位, amounts) and its projects. A project takes as many rows as its
 * longest 指标 column: its code, name and amounts merged down them, and its n-th indicator of each 一级 side by side
 * on its n-th row.
 */
final class Table13Layout {

    static final String NUMBER = "13";
    static final int WIDTH = 14;
    /** The first column of the amounts and of the indicators. */
    static final int AMOUNTS = 2;
    static final int INDICATORS = 6;

    static final List<String> AMOUNT_HEADERS = List.of("资金总额", "政府预算资金", "财政专户管理资金", "单位资金");
    static final List<String> TIERS = List.of("成本指标", "产出指标", "效益指标", "满意度指标");

    private static final List<Function<Table13.Amounts, BigDecimal>> AMOUNT_FIELDS = List.of(
            Table13.Amounts::total, Table13.Amounts::governmentBudget, Table13.Amounts::specialAccount,
            Table13.Amounts::unitFunds);
    private static final List<Function<Table13.Project, List<Table13.Indicator>>> TIER_FIELDS = List.of(
            Table13.Project::cost, Table13.Project::output, Table13.Project::benefit, Table13.Project::satisfaction);

    private Table13Layout() {
    }

    static PrintedTable of(Table13 table) {
        List<PrintedTable.Row> rows = new ArrayList<>();
        rows.add(amountsRow(PrintedTable.TOTAL, null, "合计", table.total(), 1));
        for (Table13.Unit unit : table.units()) {
            rows.add(amountsRow(PrintedTable.SUBTOTAL, unit.code(), unit.name(), unit.amounts(), 1));
            for (Table13.Project project : table.projects()) {
                if (Objects.equals(project.unitCode(), unit.code()) && Objects.equals(project.unitName(), unit.name())) {
                    project(project, rows);
                }
            }
        }
        return new PrintedTable(NUMBER, table.title(), table.fiscalYear() + "年" + table.title(), null, table.departmentName(), "万元",
                WIDTH, header(), rows, null);
    }

    private static List<PrintedTable.Row> header() {
        List<PrintedTable.Cell> top = new ArrayList<>(List.of(
                PrintedTable.Cell.text(0, "单位编码(项目编码)").down(3),
                PrintedTable.Cell.text(1, "项目单位(项目名称)").down(3),
                PrintedTable.Cell.text(AMOUNTS, "项目金额(万元)").across(AMOUNT_HEADERS.size()).down(2),
                PrintedTable.Cell.text(INDICATORS, "绩效目标").across(2 * TIERS.size())));
        List<PrintedTable.Cell> middle = new ArrayList<>();
        List<PrintedTable.Cell> bottom = new ArrayList<>();
        for (int i = 0; i < AMOUNT_HEADERS.size(); i++) {
            bottom.add(PrintedTable.Cell.text(AMOUNTS + i, AMOUNT_HEADERS.get(i)));
        }
        for (int t = 0; t < TIERS.size(); t++) {
            middle.add(PrintedTable.Cell.text(INDICATORS + 2 * t, TIERS.get(t)).across(2));
            bottom.add(PrintedTable.Cell.text(INDICATORS + 2 * t, "三级指标"));
            bottom.add(PrintedTable.Cell.text(INDICATORS + 2 * t + 1, "指标值"));
        }
        return List.of(PrintedTable.Row.of(PrintedTable.HEADER, top), PrintedTable.Row.of(PrintedTable.HEADER, middle),
                PrintedTable.Row.of(PrintedTable.HEADER, bottom));
    }

    /** The 合计 or a unit's row: code, name, the four amounts, the indicator cells empty. */
    private static PrintedTable.Row amountsRow(String kind, String code, String name, Table13.Amounts amounts, int height) {
        List<PrintedTable.Cell> cells = new ArrayList<>();
        cells.add(PrintedTable.Cell.text(0, code).down(height));
        cells.add(PrintedTable.Cell.text(1, name).down(height));
        for (int i = 0; i < AMOUNT_FIELDS.size(); i++) {
            cells.add(PrintedTable.Cell.amount(AMOUNTS + i, AMOUNT_FIELDS.get(i).apply(amounts)).down(height));
        }
        return PrintedTable.Row.of(kind, cells);
    }

    private static void project(Table13.Project project, List<PrintedTable.Row> rows) {
        int height = 1;
        for (Function<Table13.Project, List<Table13.Indicator>> tier : TIER_FIELDS) {
            height = Math.max(height, tier.apply(project).size());
        }
        for (int line = 0; line < height; line++) {
            List<PrintedTable.Cell> cells = new ArrayList<>();
            if (line == 0) {
                cells.addAll(amountsRow(null, project.code(), project.name(), project.amounts(), height).cells());
            }
            for (int t = 0; t < TIER_FIELDS.size(); t++) {
                List<Table13.Indicator> indicators = TIER_FIELDS.get(t).apply(project);
                if (line < indicators.size()) {
                    cells.add(PrintedTable.Cell.text(INDICATORS + 2 * t, indicators.get(line).name()));
                    cells.add(PrintedTable.Cell.text(INDICATORS + 2 * t + 1, indicators.get(line).value()));
                }
            }
            rows.add(PrintedTable.Row.of(line == 0 ? "project" : "indicator", cells));
        }
    }
}
