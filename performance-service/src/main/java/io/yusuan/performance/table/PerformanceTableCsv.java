package io.yusuan.performance.table;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Tables 12 and 13 as CSV, with the template's Chinese headers; 指标值 as written. */
final class PerformanceTableCsv {

    private PerformanceTableCsv() {
    }

    static String of(Table12 table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("部门（单位）名称", table.departmentName());
            csv.printRecord("年度履职目标", table.annualGoal());
            csv.printRecord("任务名称", "主要内容");
            for (var task : table.tasks()) {
                csv.printRecord(task.name(), task.content());
            }
            csv.printRecord("部门预算总额（万元）", text(table.budget().total()));
            csv.printRecord("政府预算资金", text(table.budget().governmentBudget()));
            csv.printRecord("财政专户管理资金", text(table.budget().specialAccount()));
            csv.printRecord("单位资金", text(table.budget().unitFunds()));
            csv.printRecord("基本支出", text(table.budget().basic()));
            csv.printRecord("项目支出", text(table.budget().project()));
            csv.printRecord("一级指标", "二级指标", "三级指标", "指标值", "指标值说明");
            for (Table12.Row row : table.indicators()) {
                csv.printRecord(row.tier1(), row.tier2(), row.name(), row.value(), row.explanation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String of(Table13 table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("项目编码", "项目名称", "项目单位", "资金总额（万元）", "政府预算资金", "财政专户管理资金", "单位资金",
                    "年度绩效目标", "一级指标", "三级指标", "指标值");
            csv.printRecord("", "合计", "", text(table.total().total()), text(table.total().governmentBudget()),
                    text(table.total().specialAccount()), text(table.total().unitFunds()), "", "", "", "");
            for (Table13.Project project : table.projects()) {
                print(csv, project, "成本指标", project.cost());
                print(csv, project, "产出指标", project.output());
                print(csv, project, "效益指标", project.benefit());
                print(csv, project, "满意度指标", project.satisfaction());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, Table13.Project project, String tier, java.util.List<Table13.Indicator> rows)
            throws IOException {
        for (Table13.Indicator row : rows) {
            csv.printRecord(project.code(), project.name(), project.unitName(), text(project.amounts().total()),
                    text(project.amounts().governmentBudget()), text(project.amounts().specialAccount()),
                    text(project.amounts().unitFunds()), project.annualGoal(), tier, row.name(), row.value());
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
