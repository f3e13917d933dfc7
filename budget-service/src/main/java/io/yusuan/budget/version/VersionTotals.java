package io.yusuan.budget.version;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetTotals", description = "The headline totals of a version, in yuan.")
public record VersionTotals(
        @Schema(description = "收入总计 (with 上年结转结余).", example = "1730700.00") BigDecimal revenue,
        @Schema(description = "支出总计.", example = "1730700.00") BigDecimal expenditure,
        @Schema(description = "基本支出.", example = "1346700.00") BigDecimal basic,
        @Schema(description = "人员经费.", example = "1264400.00") BigDecimal personnel,
        @Schema(description = "公用经费.", example = "82300.00") BigDecimal publicExpenses,
        @Schema(description = "项目支出.", example = "384000.00") BigDecimal project,
        @Schema(description = "一般公共预算 expenditure.", example = "1730700.00") BigDecimal generalPublicBudget,
        @Schema(minimum = "0", maximum = "100000", description = "Number of expenditure lines.", example = "20") long lines) {
}
