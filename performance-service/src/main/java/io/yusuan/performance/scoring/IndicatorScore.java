package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.yusuan.performance.indicator.ParsedTarget;
import java.math.BigDecimal;

/**
 * One indicator's line of a self-evaluation: target, actual or grade, weight (分值), score (得分), status and
 * deviation. Weight, score and achievement are rounded to 2 decimals here, for reading; the total is computed from the
 * unrounded values.
 *
 * @param name               the 三级指标
 * @param tier               its 一级 tier as given
 * @param target             the parsed target, raw text included
 * @param actual             the actual value of a quantitative target; null otherwise
 * @param grade              the evaluator's grade of a qualitative target; null otherwise
 * @param weight             the indicator's weight, given or an even share of its tier
 * @param score              the score, 0 to weight; null when not applicable
 * @param achievementPercent the share of the weight earned, in percent; null when not applicable
 * @param status             met, partly met, not met or not applicable
 * @param deviation          actual against target for a quantitative target; null otherwise and when not applicable
 */
@Schema(name = "IndicatorScore", description = "One indicator of an evaluation: target, actual, status, deviation, score.")
public record IndicatorScore(
        @Schema(description = "三级指标.", example = "服务窗口数量", maxLength = 200) String name,
        @Schema(description = "The tier it is scored in.") ScoringTier tier,
        @Schema(description = "Its target, as written and parsed.") ParsedTarget target,
        @Schema(description = "The actual value (quantitative).", example = "46", nullable = true) BigDecimal actual,
        @Schema(description = "The evaluator's grade (qualitative).", nullable = true, maxLength = 15) QualitativeGrade grade,
        @Schema(description = "Its weight (分值).", example = "16.67") BigDecimal weight,
        @Schema(description = "Its score, 0 to the weight.", example = "16.67", nullable = true) BigDecimal score,
        @Schema(description = "The share of the weight it earned, in percent.", example = "100.00", nullable = true) BigDecimal achievementPercent,
        @Schema(description = "Met, partly met, not met, or not applicable.") ScoreStatus status,
        @Schema(description = "How far the actual is from the target (quantitative); null otherwise and when not applicable.", nullable = true) Deviation deviation) {

    /** @param share the earned share of the weight, 0 to 1, unrounded */
    static IndicatorScore of(EvaluatedIndicator indicator, BigDecimal weight, BigDecimal share) {
        ParsedTarget target = indicator.target();
        boolean quantitative = target.isQuantitative();
        return new IndicatorScore(indicator.name(), indicator.tier(), target, indicator.actual(), indicator.grade(),
                Decimals.round(weight),
                Decimals.round(weight.multiply(share)),
                Decimals.round(share.multiply(Decimals.HUNDRED)),
                quantitative ? ScoreStatus.ofShare(share) : indicator.grade().status(),
                quantitative ? Deviation.of(target, indicator.actual()) : null);
    }

    static IndicatorScore notApplicable(EvaluatedIndicator indicator, BigDecimal weight) {
        return new IndicatorScore(indicator.name(), indicator.tier(), indicator.target(), null, null,
                Decimals.round(weight), null, null, ScoreStatus.NOT_APPLICABLE, null);
    }
}
