package io.yusuan.performance.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Table13", description = "部门预算项目绩效目标表, laid out as the template prints it; amounts in 万元.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table13(
        @Schema(description = "The template's title, as the contents name it (the printed heading is in printed.title).", example = "部门预算项目绩效目标表", maxLength = 200) String title,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int fiscalYear,
        @Schema(description = "部门名称.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String departmentName,
        @Schema(description = "The total row (合计) of every project's amounts.") Amounts total,
        @Schema(description = "The subtotal row of each unit (单位编码, 项目单位, its projects' amounts), in unit code order; "
                + "printed before that unit's projects.", maxItems = 1000) List<Unit> units,
        @Schema(description = "One entry per project, by unit (in unit code order), then in project code order.", maxItems = 100000)
        List<Project> projects,
        @Schema(description = "The table as printed, row by row: 合计, then each unit's row followed by its projects, each "
                + "project on as many rows as its longest 指标 column.") PrintedTable printed)
        implements PrintedTable.Printable {

    /** The same table with its printed layout. */
    Table13 withPrinted(PrintedTable layout) {
        return new Table13(title, fiscalYear, departmentName, total, units, projects, layout);
    }

    @Schema(name = "Table13Unit", description = "A unit's subtotal row.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(
            @Schema(description = "单位编码.", example = "141001", maxLength = 32) String code,
            @Schema(description = "项目单位.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String name,
            @Schema(description = "The sum of its projects' amounts.") Amounts amounts) {
    }

    @Schema(name = "Table13Amounts", description = "项目金额 in 万元; an empty amount is absent.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amounts(
            @Schema(description = "资金总额.", example = "20.00") BigDecimal total,
            @Schema(description = "政府预算资金.", example = "20.00") BigDecimal governmentBudget,
            @Schema(description = "财政专户管理资金.") BigDecimal specialAccount,
            @Schema(description = "单位资金.") BigDecimal unitFunds) {
    }

    @Schema(name = "Table13Project", description = "A project's row of the table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Project(
            @Schema(description = "项目编码.", example = "410304220000000006846", maxLength = 32) String code,
            @Schema(description = "项目名称.", example = "政务服务工作经费", maxLength = 200) String name,
            @Schema(description = "单位编码 of its unit.", example = "141001", maxLength = 32) String unitCode,
            @Schema(description = "项目单位.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String unitName,
            @Schema(description = "项目金额.") Amounts amounts,
            @Schema(description = "年度绩效目标 (the template prints no column for it).", maxLength = 20000) String annualGoal,
            @Schema(description = "成本指标 rows.", maxItems = 200) List<Indicator> cost,
            @Schema(description = "产出指标 rows.", maxItems = 200) List<Indicator> output,
            @Schema(description = "效益指标 rows.", maxItems = 200) List<Indicator> benefit,
            @Schema(description = "满意度指标 rows.", maxItems = 200) List<Indicator> satisfaction) {
    }

    @Schema(name = "Table13Indicator", description = "三级指标 and 指标值.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(
            @Schema(description = "三级指标.", example = "服务窗口数量", maxLength = 200) String name,
            @Schema(description = "指标值, as written.", example = "46 个", maxLength = 200) String value,
            @Schema(description = "指标值, normalised.", example = "46 个", maxLength = 200) String normalised) {
    }
}
