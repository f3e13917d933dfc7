package io.yusuan.performance.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.performance.indicator.ParsedTarget;
import io.yusuan.performance.indicator.TargetParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What an evaluation refuses before scoring, and the small look-ups the service layer needs. */
class EvaluationInputTest {

    private static final ParsedTarget QUANTITATIVE = TargetParser.parse("≥90%");
    private static final ParsedTarget QUALITATIVE = TargetParser.parse("明显");

    @Test
    void aQuantitativeTargetNeedsAnActualAndNoGrade() {
        assertThatThrownBy(() -> new EvaluatedIndicator("率", ScoringTier.OUTPUT, QUANTITATIVE, null, null, null,
                null, true))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("率: a quantitative target (≥90%) is scored from an actual value, not a grade");
        assertThatThrownBy(() -> EvaluatedIndicator.qualitative("率", ScoringTier.OUTPUT, QUANTITATIVE,
                QualitativeGrade.ACHIEVED))
                .isInstanceOf(InvalidEvaluationException.class);
    }

    @Test
    void aQualitativeTargetNeedsAGradeAndNoActual() {
        assertThatThrownBy(() -> EvaluatedIndicator.quantitative("影响程度", ScoringTier.BENEFIT, QUALITATIVE,
                BigDecimal.ONE))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("影响程度: a qualitative target (明显) is scored from the evaluator's grade");
    }

    @Test
    void aNonApplicableIndicatorNeedsNeither() {
        assertThat(EvaluatedIndicator.notApplicable("率", ScoringTier.OUTPUT, QUANTITATIVE).applicable()).isFalse();
    }

    @Test
    void budgetExecutionIsNotAnIndicator() {
        assertThatThrownBy(() -> EvaluatedIndicator.quantitative("执行率", ScoringTier.BUDGET_EXECUTION,
                QUANTITATIVE, BigDecimal.ONE))
                .isInstanceOf(InvalidEvaluationException.class);
    }

    @Test
    void refusesNegativeWeightsAndImpossibleBudgets() {
        assertThatThrownBy(() -> EvaluatedIndicator.quantitative("率", ScoringTier.OUTPUT, QUANTITATIVE,
                BigDecimal.ONE).withWeight(new BigDecimal("-1")))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> new BudgetExecution(BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> new BudgetExecution(BigDecimal.ONE, new BigDecimal("-0.01")))
                .isInstanceOf(InvalidEvaluationException.class);
    }

    @Test
    void tierWeightsMustTotal100() {
        assertThat(TierWeights.DEFAULT.weightOf(ScoringTier.OUTPUT)).isEqualByComparingTo("50");
        assertThat(TierWeights.DEFAULT.weightOf(ScoringTier.COST)).isEqualByComparingTo("50");
        assertThat(TierWeights.DEFAULT.weightOf(ScoringTier.BENEFIT)).isEqualByComparingTo("30");
        assertThat(TierWeights.DEFAULT.weightOf(ScoringTier.SATISFACTION)).isEqualByComparingTo("10");
        assertThat(TierWeights.DEFAULT.weightOf(ScoringTier.BUDGET_EXECUTION)).isEqualByComparingTo("10");
        assertThatThrownBy(() -> TierWeights.of(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("10"),
                new BigDecimal("5")))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("the tier weights must total 100, not 95");
        assertThatThrownBy(() -> TierWeights.withSeparateCost(new BigDecimal("10"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("10"), new BigDecimal("10")))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> TierWeights.of(new BigDecimal("70"), new BigDecimal("30"), new BigDecimal("10"),
                new BigDecimal("-10")))
                .isInstanceOf(InvalidEvaluationException.class);
    }

    @Test
    void findsATierByItsChineseName() {
        assertThat(ScoringTier.fromName("产出指标")).contains(ScoringTier.OUTPUT);
        assertThat(ScoringTier.fromName("产出")).contains(ScoringTier.OUTPUT);
        assertThat(ScoringTier.fromName("成本指标")).contains(ScoringTier.COST);
        assertThat(ScoringTier.fromName(" 满意度指标 ")).contains(ScoringTier.SATISFACTION);
        assertThat(ScoringTier.fromName("效益")).contains(ScoringTier.BENEFIT);
        assertThat(ScoringTier.fromName("预算执行率")).contains(ScoringTier.BUDGET_EXECUTION);
        assertThat(ScoringTier.fromName("投入管理指标")).isEmpty();
    }
}
