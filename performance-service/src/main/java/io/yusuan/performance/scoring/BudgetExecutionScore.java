package io.yusuan.performance.scoring;

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
public record BudgetExecutionScore(
        BigDecimal budget, BigDecimal executed, BigDecimal ratePercent, BigDecimal weight, BigDecimal score) {

    static BudgetExecutionScore of(BudgetExecution execution, BigDecimal weight) {
        return new BudgetExecutionScore(execution.budget(), execution.executed(),
                Decimals.round(execution.rate().multiply(Decimals.HUNDRED)), Decimals.round(weight),
                Decimals.round(execution.score(weight)));
    }
}
