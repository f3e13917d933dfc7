package io.yusuan.performance.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yusuan.performance.target.TaskInput;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Table12", description = "部门（单位）整体绩效目标表, laid out as the template prints it; amounts in 万元.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table12(
        @Schema(description = "The template's title, as the contents name it (the printed heading is in printed.title).", example = "部门（单位）整体绩效目标表", maxLength = 200) String title,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int fiscalYear,
        @Schema(description = "部门（单位）名称.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String departmentName,
        @Schema(description = "年度履职目标.", maxLength = 20000) String annualGoal,
        @Schema(description = "年度主要任务.", maxItems = 50) List<TaskInput> tasks,
        @Schema(description = "预算情况, 万元.") Budget budget,
        @Schema(description = "The indicator rows.", maxItems = 200) List<Row> indicators,
        @Schema(description = "The table as printed, row by row: the form (部门(单位)名称, 年度履职目标, 年度主要任务, 预算情况), "
                + "then the indicators under their header, 一级 and 二级 merged down their rows.") PrintedTable printed)
        implements PrintedTable.Printable {

    /** The same table with its printed layout. */
    Table12 withPrinted(PrintedTable layout) {
        return new Table12(title, fiscalYear, departmentName, annualGoal, tasks, budget, indicators, layout);
    }

    @Schema(name = "Table12Budget", description = "预算情况 in 万元; an empty amount is absent.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Budget(
            @Schema(description = "部门预算总额.", example = "173.07") BigDecimal total,
            @Schema(description = "资金来源 (1) 政府预算资金.", example = "173.07") BigDecimal governmentBudget,
            @Schema(description = "(2) 财政专户管理资金.") BigDecimal specialAccount,
            @Schema(description = "(3) 单位资金.") BigDecimal unitFunds,
            @Schema(description = "资金结构 (1) 基本支出.", example = "134.67") BigDecimal basic,
            @Schema(description = "(2) 项目支出.", example = "38.40") BigDecimal project) {
    }

    @Schema(name = "Table12Row", description = "一级指标, 二级指标, 三级指标, 指标值 (as written), 指标值说明.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(description = "一级指标.", example = "投入管理指标", maxLength = 200) String tier1,
            @Schema(description = "二级指标.", example = "工作目标管理", maxLength = 200) String tier2,
            @Schema(description = "三级指标.", example = "年度履职目标相关性", maxLength = 200) String name,
            @Schema(description = "指标值, as written.", example = "相关", maxLength = 200) String value,
            @Schema(description = "指标值, normalised from what was written.", example = "相关", maxLength = 200) String normalised,
            @Schema(description = "指标值说明.", maxLength = 2000) String explanation) {
    }
}
