package io.yusuan.budget.funding;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Amounts by where the money comes from, in yuan: the 预算情况 block of the performance target tables. */
@Schema(name = "Funding", description = "Amounts by source of funds, in yuan (预算情况 of tables 12 and 13).")
public record Funding(
        @Schema(description = "资金总额.", example = "1730700.00") BigDecimal total,
        @Schema(description = "政府预算资金: 一般公共预算, 政府性基金 and 国有资本经营预算, carry-over included.",
                example = "1730700.00") BigDecimal governmentBudget,
        @Schema(description = "财政专户管理资金.", example = "0.00") BigDecimal specialAccount,
        @Schema(description = "单位资金.", example = "0.00") BigDecimal unitFunds,
        @Schema(description = "基本支出.", example = "1346700.00") BigDecimal basic,
        @Schema(description = "项目支出.", example = "384000.00") BigDecimal project) {
}
