package io.yusuan.performance.table;

import io.yusuan.performance.target.TaskInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Table 12 as the template prints it (source document, lines 393–441): a form of five columns. 部门(单位)名称 and
 * 年度履职目标 with their text across columns 1–4; 年度主要任务 merged down its rows, 任务名称 over columns 1–2 and
 * 主要内容 over 3–4; 预算情况 merged down its six lines, each label over columns 1–2 and its amount over 3–4; then the
 * header 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值说明 and the indicators, an 一级 or 二级 merged down the rows it
 * spans.
 */
final class Table12Layout {

    static final String NUMBER = "12";
    static final String HEADING = "本级部门(单位)整体绩效目标表";
    static final int WIDTH = 5;

    /** The 预算情况 lines as printed, each with its amount. */
    private record BudgetLine(String label, Function<Table12.Budget, BigDecimal> amount) {
    }

    private static final List<BudgetLine> BUDGET = List.of(
            new BudgetLine("部门预算总额(万元)", Table12.Budget::total),
            new BudgetLine("1、资金来源:(1)政府预算资金", Table12.Budget::governmentBudget),
            new BudgetLine("(2)财政专户管理资金", Table12.Budget::specialAccount),
            new BudgetLine("(3)单位资金", Table12.Budget::unitFunds),
            new BudgetLine("2、资金结构:(1)基本支出", Table12.Budget::basic),
            new BudgetLine("(2)项目支出", Table12.Budget::project));

    static final List<String> INDICATOR_HEADERS = List.of("一级指标", "二级指标", "三级指标", "指标值", "指标值说明");

    private Table12Layout() {
    }

    static PrintedTable of(Table12 table) {
        List<PrintedTable.Row> rows = new ArrayList<>();
        rows.add(PrintedTable.Row.of("name", List.of(PrintedTable.Cell.text(0, "部门(单位)名称"),
                PrintedTable.Cell.text(1, table.departmentName()).across(4))));
        rows.add(PrintedTable.Row.of("goal", List.of(PrintedTable.Cell.text(0, "年度履职目标"),
                PrintedTable.Cell.text(1, table.annualGoal()).across(4))));
        List<TaskInput> tasks = table.tasks() == null ? List.of() : table.tasks();
        rows.add(PrintedTable.Row.of("task", List.of(PrintedTable.Cell.text(0, "年度主要任务").down(1 + tasks.size()),
                PrintedTable.Cell.text(1, "任务名称").across(2), PrintedTable.Cell.text(3, "主要内容").across(2))));
        for (TaskInput task : tasks) {
            rows.add(PrintedTable.Row.of("task", List.of(PrintedTable.Cell.text(1, task.name()).across(2),
                    PrintedTable.Cell.text(3, task.content()).across(2))));
        }
        for (int i = 0; i < BUDGET.size(); i++) {
            BudgetLine line = BUDGET.get(i);
            List<PrintedTable.Cell> cells = new ArrayList<>();
            if (i == 0) {
                cells.add(PrintedTable.Cell.text(0, "预算情况").down(BUDGET.size()));
            }
            cells.add(PrintedTable.Cell.text(1, line.label()).across(2));
            cells.add(PrintedTable.Cell.amount(3, line.amount().apply(table.budget())).across(2));
            rows.add(PrintedTable.Row.of("budget", cells));
        }
        List<PrintedTable.Cell> header = new ArrayList<>();
        for (int c = 0; c < INDICATOR_HEADERS.size(); c++) {
            header.add(PrintedTable.Cell.text(c, INDICATOR_HEADERS.get(c)));
        }
        rows.add(PrintedTable.Row.of(PrintedTable.HEADER, header));
        List<Table12.Row> indicators = table.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Table12.Row row = indicators.get(i);
            List<PrintedTable.Cell> cells = new ArrayList<>();
            if (i == 0 || !Objects.equals(indicators.get(i - 1).tier1(), row.tier1())) {
                cells.add(PrintedTable.Cell.text(0, row.tier1()).down(run(indicators, i, false)));
            }
            if (i == 0 || !Objects.equals(indicators.get(i - 1).tier1(), row.tier1()) || !Objects.equals(indicators.get(i - 1).tier2(), row.tier2())) {
                cells.add(PrintedTable.Cell.text(1, row.tier2()).down(run(indicators, i, true)));
            }
            cells.add(PrintedTable.Cell.text(2, row.name()));
            cells.add(PrintedTable.Cell.text(3, row.value()));
            cells.add(PrintedTable.Cell.text(4, row.explanation()));
            rows.add(PrintedTable.Row.of("indicator", cells));
        }
        return new PrintedTable(NUMBER, table.title(), HEADING, "(" + table.fiscalYear() + "年度)", table.departmentName(), "万元", WIDTH,
                List.of(), rows, null);
    }

    /** How many rows from {@code from} share its 一级 (and its 二级, with {@code tier2}). */
    private static int run(List<Table12.Row> rows, int from, boolean tier2) {
        Table12.Row first = rows.get(from);
        int end = from + 1;
        while (end < rows.size() && Objects.equals(rows.get(end).tier1(), first.tier1())
                && (!tier2 || Objects.equals(rows.get(end).tier2(), first.tier2()))) {
            end++;
        }
        return end - from;
    }
}
