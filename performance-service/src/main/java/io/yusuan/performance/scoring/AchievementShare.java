package io.yusuan.performance.scoring;

import io.yusuan.performance.indicator.Operator;
import io.yusuan.performance.indicator.ParsedTarget;
import java.math.BigDecimal;

/**
 * The share of its weight an indicator earns, 0 to 1 (财预〔2020〕10号 自评表).
 *
 * <ul>
 *   <li>Higher is better (≥, &gt;): met when actual ≥ target, else actual ÷ target.</li>
 *   <li>Lower is better (≤, &lt;): met when actual ≤ target, else target ÷ actual.</li>
 *   <li>Exact (=): met when actual = target, else min(actual, target) ÷ max(actual, target).</li>
 *   <li>Range (BETWEEN): met inside the range, else the same ratio against the nearer end.</li>
 *   <li>Qualitative: the evaluator's grade, see {@link QualitativeGrade}.</li>
 * </ul>
 *
 * <p>&gt; and &lt; are scored like ≥ and ≤: an actual exactly at the target has a ratio of 1, and the rules define no
 * fraction of a point for "at but not beyond". A ratio is only meaningful between positive numbers, so a shortfall
 * against a target of 0 or less, or an actual of 0 or less below a positive target, earns 0. Each case stays within
 * [0, 1], so a score never exceeds its weight nor falls below 0.
 */
final class AchievementShare {

    private AchievementShare() {
    }

    static BigDecimal of(EvaluatedIndicator indicator) {
        if (!indicator.target().isQuantitative()) {
            return indicator.grade().share(indicator.gradePercent());
        }
        ParsedTarget target = indicator.target();
        BigDecimal actual = indicator.actual();
        BigDecimal lower = target.value();
        BigDecimal upper = target.operator() == Operator.BETWEEN ? target.upperValue() : target.value();
        return switch (target.polarity()) {
            case HIGHER_IS_BETTER -> actual.compareTo(lower) >= 0 ? BigDecimal.ONE : below(actual, lower);
            case LOWER_IS_BETTER -> actual.compareTo(upper) <= 0 ? BigDecimal.ONE : above(actual, upper);
            case EXACT -> {
                if (actual.compareTo(lower) < 0) {
                    yield below(actual, lower);
                }
                yield actual.compareTo(upper) > 0 ? above(actual, upper) : BigDecimal.ONE;
            }
        };
    }

    /** An actual short of the target: actual ÷ target. */
    private static BigDecimal below(BigDecimal actual, BigDecimal target) {
        if (target.signum() <= 0 || actual.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.divide(actual, target);
    }

    /** An actual beyond the target: target ÷ actual (the actual is then positive whenever the target is). */
    private static BigDecimal above(BigDecimal actual, BigDecimal target) {
        if (target.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.divide(target, actual);
    }
}
