package io.yusuan.performance.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored self-evaluation (绩效自评结果).
 *
 * @param indicators       each indicator's line, in the order given
 * @param budgetExecution  the 预算执行率 line; null when no budget execution was given
 * @param scoreSum         Σ score of the applicable lines, 2 decimals
 * @param applicableWeight Σ weight of the applicable lines, 2 decimals; 100 when everything applies
 * @param total            Σ score ÷ Σ applicable weight × 100, from unrounded values, 2 decimals
 * @param grade            优, 良, 中 or 差 of the total
 */
public record EvaluationResult(
        List<IndicatorScore> indicators,
        BudgetExecutionScore budgetExecution,
        BigDecimal scoreSum,
        BigDecimal applicableWeight,
        BigDecimal total,
        PerformanceGrade grade) {

    public EvaluationResult {
        indicators = List.copyOf(indicators);
    }
}
