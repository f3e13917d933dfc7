package io.yusuan.performance.scoring;

import io.yusuan.performance.indicator.ParsedTarget;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator (三级指标) as the evaluator filled it in: its target, and the actual value (全年实际完成值) of a
 * quantitative target or the grade of a qualitative one; or marked not applicable.
 *
 * <p>The actual value is in the target's unit. A weight left null takes an even share of what its tier has left
 * (see {@link SelfEvaluationScorer}).
 *
 * @param name         the 三级指标, e.g. 服务窗口数量
 * @param tier         its 一级 tier; never {@link ScoringTier#BUDGET_EXECUTION}
 * @param target       the parsed target
 * @param weight       the indicator's weight (分值) out of 100, or null for an even share
 * @param actual       the actual value of a quantitative target; null otherwise
 * @param grade        the evaluator's grade of a qualitative target; null otherwise
 * @param gradePercent the evaluator's value inside the grade's band, in percent of the weight; null for the band's
 *                     upper bound
 * @param applicable   false when the indicator does not apply this year: it is then excluded from the total
 */
public record EvaluatedIndicator(
        String name,
        ScoringTier tier,
        ParsedTarget target,
        BigDecimal weight,
        BigDecimal actual,
        QualitativeGrade grade,
        BigDecimal gradePercent,
        boolean applicable) {

    public EvaluatedIndicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(target, "target");
        if (tier == ScoringTier.BUDGET_EXECUTION) {
            throw new InvalidEvaluationException(
                    name + ": 预算执行率 is scored from the budget execution, not as an indicator");
        }
        if (weight != null && weight.signum() < 0) {
            throw new InvalidEvaluationException(name + ": a weight cannot be negative");
        }
        if (applicable) {
            requireAssessment(name, target, actual, grade, gradePercent);
        }
    }

    /** A quantitative indicator with its actual value. */
    public static EvaluatedIndicator quantitative(String name, ScoringTier tier, ParsedTarget target,
            BigDecimal actual) {
        return new EvaluatedIndicator(name, tier, target, null, actual, null, null, true);
    }

    /** A qualitative indicator graded at the band's upper bound. */
    public static EvaluatedIndicator qualitative(String name, ScoringTier tier, ParsedTarget target,
            QualitativeGrade grade) {
        return new EvaluatedIndicator(name, tier, target, null, null, grade, null, true);
    }

    /** A qualitative indicator graded at a value inside the band, in percent of the weight. */
    public static EvaluatedIndicator qualitative(String name, ScoringTier tier, ParsedTarget target,
            QualitativeGrade grade, BigDecimal gradePercent) {
        return new EvaluatedIndicator(name, tier, target, null, null, grade, gradePercent, true);
    }

    /** An indicator that does not apply: its weight leaves the total. */
    public static EvaluatedIndicator notApplicable(String name, ScoringTier tier, ParsedTarget target) {
        return new EvaluatedIndicator(name, tier, target, null, null, null, null, false);
    }

    /** @return this indicator with a weight of its own instead of an even share */
    public EvaluatedIndicator withWeight(BigDecimal newWeight) {
        return new EvaluatedIndicator(name, tier, target, newWeight, actual, grade, gradePercent, applicable);
    }

    private static void requireAssessment(String name, ParsedTarget target, BigDecimal actual, QualitativeGrade grade,
            BigDecimal gradePercent) {
        if (target.isQuantitative()) {
            if (actual == null || grade != null) {
                throw new InvalidEvaluationException(name + ": a quantitative target (" + target.raw()
                        + ") is scored from an actual value, not a grade");
            }
            return;
        }
        if (grade == null || actual != null) {
            throw new InvalidEvaluationException(
                    name + ": a qualitative target (" + target.raw() + ") is scored from the evaluator's grade");
        }
        // Checked here so that a value outside its band is refused when given, not when scored.
        grade.share(gradePercent);
    }
}
