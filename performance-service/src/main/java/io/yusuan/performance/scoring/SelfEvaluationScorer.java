package io.yusuan.performance.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a self-evaluation (单位绩效自评, 财预〔2020〕10号).
 *
 * <ol>
 *   <li>Each indicator gets its weight inside its tier ({@link WeightAllocator}); 成本 shares 产出's weight unless the
 *       {@link TierWeights} give it its own.</li>
 *   <li>Each applicable indicator earns weight × share ({@link AchievementShare}); 预算执行率 earns
 *       weight × min(执行数 ÷ 预算数, 1).</li>
 *   <li>Non-applicable indicators, tiers without any indicator, and 预算执行率 when no execution is given leave the
 *       total: total = Σ score ÷ Σ applicable weight × 100 (DOMAIN §5.8).</li>
 *   <li>The total is rounded to 2 decimals HALF_UP, and graded as rounded ({@link PerformanceGrade}).</li>
 * </ol>
 */
public final class SelfEvaluationScorer {

    private SelfEvaluationScorer() {
    }

    /** Scores with the default tier weights: 产出 50, 效益 30, 满意度 10, 预算执行率 10. */
    public static EvaluationResult score(List<EvaluatedIndicator> indicators, BudgetExecution budgetExecution) {
        return score(indicators, budgetExecution, TierWeights.DEFAULT);
    }

    /**
     * @param indicators      the evaluated indicators, in the order they are to be listed
     * @param budgetExecution the year's budget execution, or null when none is given (预算执行率 then leaves the total)
     * @param tierWeights     this evaluation's tier weights
     * @throws InvalidEvaluationException when weights do not add up or nothing applicable is left to score
     */
    public static EvaluationResult score(
            List<EvaluatedIndicator> indicators, BudgetExecution budgetExecution, TierWeights tierWeights) {
        List<BigDecimal> weights = WeightAllocator.allocate(indicators, tierWeights);
        List<IndicatorScore> lines = new ArrayList<>(indicators.size());
        BigDecimal scoreSum = BigDecimal.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            EvaluatedIndicator indicator = indicators.get(i);
            BigDecimal weight = weights.get(i);
            if (!indicator.applicable()) {
                lines.add(IndicatorScore.notApplicable(indicator, weight));
                continue;
            }
            BigDecimal share = AchievementShare.of(indicator);
            scoreSum = scoreSum.add(weight.multiply(share));
            applicableWeight = applicableWeight.add(weight);
            lines.add(IndicatorScore.of(indicator, weight, share));
        }
        BudgetExecutionScore budgetLine = null;
        if (budgetExecution != null) {
            BigDecimal weight = tierWeights.budgetExecution();
            scoreSum = scoreSum.add(budgetExecution.score(weight));
            applicableWeight = applicableWeight.add(weight);
            budgetLine = BudgetExecutionScore.of(budgetExecution, weight);
        }
        if (applicableWeight.signum() == 0) {
            throw new InvalidEvaluationException("nothing applicable is left to score");
        }
        BigDecimal total = Decimals.round(Decimals.divide(scoreSum, applicableWeight).multiply(Decimals.HUNDRED));
        return new EvaluationResult(lines, budgetLine, Decimals.round(scoreSum), Decimals.round(applicableWeight),
                total, PerformanceGrade.of(total));
    }
}
