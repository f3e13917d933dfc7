package io.yusuan.performance.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetSituation", description = "预算情况: the amounts of budget-service's published budget, in yuan, "
        + "as they were when the target was written.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingView(
        @Schema(description = "The published budget version they come from.", example = "1", minimum = "1", maximum = "9999") int budgetVersion,
        @Schema(description = "资金总额 / 部门预算总额.", example = "1730700.00") BigDecimal total,
        @Schema(description = "政府预算资金.", example = "1730700.00") BigDecimal governmentBudget,
        @Schema(description = "财政专户管理资金.", example = "0.00") BigDecimal specialAccount,
        @Schema(description = "单位资金.", example = "0.00") BigDecimal unitFunds,
        @Schema(description = "资金结构: 基本支出 (overall target only).", example = "1346700.00") BigDecimal basic,
        @Schema(description = "资金结构: 项目支出 (overall target only).", example = "384000.00") BigDecimal project,
        @Schema(description = "The budget's projects (overall target only), to tell which have no targets.", maxItems = 100000)
        java.util.List<BudgetProject> projects) {

    @Schema(name = "BudgetProject", description = "A project of the published budget.")
    public record BudgetProject(
            @Schema(description = "Project code.", example = "410304220000000006846", maxLength = 32) String code,
            @Schema(description = "Name.", example = "政务服务工作经费", maxLength = 200) String name,
            @Schema(description = "资金总额, yuan.", example = "200000.00") BigDecimal total) {
    }
}
