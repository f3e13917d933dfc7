package io.yusuan.performance.scoring;

import static io.yusuan.performance.scoring.Indicators.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Qualitative indicators alone in 满意度 (weight 10), no budget execution: total = score ÷ 10 × 100. */
class QualitativeGradeTest {

    private static IndicatorScore scoreOf(EvaluatedIndicator indicator) {
        return SelfEvaluationScorer.score(List.of(indicator), null).indicators().get(0);
    }

    @Test
    void gradesWithoutAValueScoreTheBandsUpperBound() {
        // 达成 → 100% of 10 = 10; 部分达成 → 80% = 8; 未达成 → 50% = 5
        IndicatorScore achieved = scoreOf(qualitative(ScoringTier.SATISFACTION, "明显", QualitativeGrade.ACHIEVED));
        assertThat(achieved.score()).isEqualByComparingTo("10.00");
        assertThat(achieved.status()).isEqualTo(ScoreStatus.MET);
        assertThat(achieved.grade()).isEqualTo(QualitativeGrade.ACHIEVED);
        assertThat(achieved.deviation()).isNull();

        IndicatorScore partly = scoreOf(
                qualitative(ScoringTier.SATISFACTION, "明显", QualitativeGrade.PARTLY_ACHIEVED));
        assertThat(partly.score()).isEqualByComparingTo("8.00");
        assertThat(partly.status()).isEqualTo(ScoreStatus.PARTLY_MET);

        IndicatorScore not = scoreOf(qualitative(ScoringTier.SATISFACTION, "明显", QualitativeGrade.NOT_ACHIEVED));
        assertThat(not.score()).isEqualByComparingTo("5.00");
        assertThat(not.status()).isEqualTo(ScoreStatus.NOT_MET);
    }

    @Test
    void anEvaluatorValueInsideTheBandIsUsed() {
        // 达成 at 90% of 10 = 9; 部分达成 at 60% = 6; 未达成 at 0% = 0; 未达成 at 12.5% = 1.25
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "即时响应", QualitativeGrade.ACHIEVED, "90"))
                .score()).isEqualByComparingTo("9.00");
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "即时响应", QualitativeGrade.PARTLY_ACHIEVED, "60"))
                .score()).isEqualByComparingTo("6.00");
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "即时响应", QualitativeGrade.NOT_ACHIEVED, "0"))
                .score()).isEqualByComparingTo("0.00");
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "即时响应", QualitativeGrade.NOT_ACHIEVED, "12.5"))
                .score()).isEqualByComparingTo("1.25");
    }

    @Test
    void bandEndsAreInclusive() {
        // 达成 at 80 → 8; 部分达成 at 50 → 5 and at 80 → 8; 未达成 at 50 → 5
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.ACHIEVED, "80"))
                .score()).isEqualByComparingTo("8.00");
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.PARTLY_ACHIEVED, "50"))
                .score()).isEqualByComparingTo("5.00");
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.PARTLY_ACHIEVED, "80"))
                .score()).isEqualByComparingTo("8.00");
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.NOT_ACHIEVED, "50"))
                .score()).isEqualByComparingTo("5.00");
    }

    @Test
    void aValueOutsideTheBandIsRefusedWhenGiven() {
        assertThatThrownBy(() -> qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.ACHIEVED, "79.99"))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("达成年度指标 is scored 80–100% of the weight, not 79.99%");
        assertThatThrownBy(() -> qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.ACHIEVED, "101"))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.PARTLY_ACHIEVED, "81"))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.PARTLY_ACHIEVED, "49"))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.NOT_ACHIEVED, "51"))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> qualitative(ScoringTier.SATISFACTION, "相关", QualitativeGrade.NOT_ACHIEVED, "-1"))
                .isInstanceOf(InvalidEvaluationException.class);
    }

    @Test
    void anUnparseableTargetIsGradedLikeAnyQualitativeOne() {
        // "≥较上年提高" is kept as qualitative (with a note), so the evaluator grades it: 部分达成 → 8
        assertThat(scoreOf(qualitative(ScoringTier.SATISFACTION, "≥较上年提高", QualitativeGrade.PARTLY_ACHIEVED))
                .score()).isEqualByComparingTo("8.00");
    }
}
