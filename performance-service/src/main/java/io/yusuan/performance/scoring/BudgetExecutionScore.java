package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The 预算执行率 line of a self-evaluation.
 *
 * @param budget      全年预算数, as given
 * @param executed    全年执行数, as given
 * @param ratePercent 执行率 in percent, 2 decimals; may exceed 100
 * @param weight      the tier's weight, 2 decimals
 * @param score       weight × min(rate, 1), 2 decimals
 */
@Schema(name = "BudgetExecutionScore", description = "预算执行率 and its score: weight × min(executed / budget, 1).")
public record BudgetExecutionScore(
        @Schema(description = "全年预算数, yuan.", example = "200000.00") BigDecimal budget,
        @Schema(description = "全年执行数, yuan.", example = "196000.00") BigDecimal executed,
        @Schema(description = "执行率 in percent.", example = "98.00") BigDecimal ratePercent,
        @Schema(description = "The tier's weight.", example = "10.00") BigDecimal weight,
        @Schema(description = "Its score.", example = "9.80") BigDecimal score) {

    static BudgetExecutionScore of(BudgetExecution execution, BigDecimal weight) {
        return new BudgetExecutionScore(execution.budget(), execution.executed(),
                Decimals.round(execution.rate().multiply(Decimals.HUNDRED)), Decimals.round(weight),
                Decimals.round(execution.score(weight)));
    }
}
