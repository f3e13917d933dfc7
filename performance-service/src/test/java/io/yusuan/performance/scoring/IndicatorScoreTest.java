package io.yusuan.performance.scoring;

import static io.yusuan.performance.scoring.Indicators.quantitative;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One quantitative indicator at a time, alone in 产出 with no budget execution: its weight is the whole 50 of 产出, and
 * the total is its score ÷ 50 × 100.
 */
class IndicatorScoreTest {

    private static IndicatorScore scoreOf(String target, String actual) {
        EvaluationResult result = SelfEvaluationScorer.score(
                List.of(quantitative(ScoringTier.OUTPUT, target, actual)), null);
        return result.indicators().get(0);
    }

    @Test
    void higherIsBetterMetInFullEarnsTheFullWeight() {
        // 96 ≥ 95 → 50 × 1 = 50
        IndicatorScore score = scoreOf("≥95%", "96");
        assertThat(score.weight()).isEqualByComparingTo("50.00");
        assertThat(score.score()).isEqualByComparingTo("50.00");
        assertThat(score.achievementPercent()).isEqualByComparingTo("100.00");
        assertThat(score.status()).isEqualTo(ScoreStatus.MET);
        // deviation 96 − 95 = +1; 1 ÷ 95 × 100 = 1.0526… → 1.05
        assertThat(score.deviation().amount()).isEqualByComparingTo("1");
        assertThat(score.deviation().percent()).isEqualByComparingTo("1.05");
    }

    @Test
    void overAchievementIsCappedAtTheWeight() {
        // 120 ÷ 90 would be 1.33; capped: 50 × 1 = 50
        IndicatorScore score = scoreOf("≥90%", "120");
        assertThat(score.score()).isEqualByComparingTo("50.00");
        assertThat(score.status()).isEqualTo(ScoreStatus.MET);
        // 120 − 90 = 30; 30 ÷ 90 × 100 = 33.333… → 33.33
        assertThat(score.deviation().percent()).isEqualByComparingTo("33.33");
    }

    @Test
    void higherIsBetterPartlyMetEarnsActualOverTarget() {
        // 85.5 ÷ 90 = 0.95 → 50 × 0.95 = 47.5
        IndicatorScore score = scoreOf("≥90%", "85.5");
        assertThat(score.score()).isEqualByComparingTo("47.50");
        assertThat(score.achievementPercent()).isEqualByComparingTo("95.00");
        assertThat(score.status()).isEqualTo(ScoreStatus.PARTLY_MET);
        // 85.5 − 90 = −4.5; −4.5 ÷ 90 × 100 = −5
        assertThat(score.deviation().amount()).isEqualByComparingTo("-4.5");
        assertThat(score.deviation().percent()).isEqualByComparingTo("-5.00");
        assertThat(score.status().needsDeviationAnalysis()).isTrue();
    }

    @Test
    void halfTheTargetIsPartlyMetAndLessIsNotMet() {
        // 45 ÷ 90 = 0.5 → 25, partly met
        assertThat(scoreOf("≥90%", "45").status()).isEqualTo(ScoreStatus.PARTLY_MET);
        assertThat(scoreOf("≥90%", "45").score()).isEqualByComparingTo("25.00");
        // 44.91 ÷ 90 = 0.499 → 50 × 0.499 = 24.95, not met
        assertThat(scoreOf("≥90%", "44.91").score()).isEqualByComparingTo("24.95");
        assertThat(scoreOf("≥90%", "44.91").status()).isEqualTo(ScoreStatus.NOT_MET);
    }

    @Test
    void nothingAchievedScoresZero() {
        // 0 ÷ 46 = 0; a negative actual cannot earn a negative score
        assertThat(scoreOf("≥46 个", "0").score()).isEqualByComparingTo("0.00");
        assertThat(scoreOf("≥46 个", "0").status()).isEqualTo(ScoreStatus.NOT_MET);
        assertThat(scoreOf("≥46 个", "-3").score()).isEqualByComparingTo("0.00");
    }

    @Test
    void greaterThanIsScoredLikeAtLeast() {
        // an actual exactly at ">95%" has a ratio of 1: 50
        assertThat(scoreOf(">95%", "95").score()).isEqualByComparingTo("50.00");
    }

    @Test
    void lowerIsBetterMetWhenAtOrBelowTheTarget() {
        // 1.5 ≤ 2 → 50; 2 ≤ 2 → 50
        assertThat(scoreOf("≤2小 时", "1.5").score()).isEqualByComparingTo("50.00");
        assertThat(scoreOf("≤2小 时", "2").status()).isEqualTo(ScoreStatus.MET);
        // below the target is capped too: 0.5 hours still earns 50, never 2 ÷ 0.5 × 50
        assertThat(scoreOf("≤2小 时", "0.5").score()).isEqualByComparingTo("50.00");
    }

    @Test
    void lowerIsBetterOverrunEarnsTargetOverActual() {
        // 2 ÷ 2.5 = 0.8 → 40, partly met; deviation +0.5 = +25%
        IndicatorScore partly = scoreOf("≤2小 时", "2.5");
        assertThat(partly.score()).isEqualByComparingTo("40.00");
        assertThat(partly.status()).isEqualTo(ScoreStatus.PARTLY_MET);
        assertThat(partly.deviation().amount()).isEqualByComparingTo("0.5");
        assertThat(partly.deviation().percent()).isEqualByComparingTo("25.00");
        // 2 ÷ 5 = 0.4 → 20, not met
        IndicatorScore not = scoreOf("≤2小 时", "5");
        assertThat(not.score()).isEqualByComparingTo("20.00");
        assertThat(not.status()).isEqualTo(ScoreStatus.NOT_MET);
    }

    @Test
    void lowerIsBetterAgainstAZeroTarget() {
        // "≤0 起" with 2: a ratio against 0 means nothing → 0; the percentage deviation is undefined
        IndicatorScore score = scoreOf("≤0 起", "2");
        assertThat(score.score()).isEqualByComparingTo("0.00");
        assertThat(score.status()).isEqualTo(ScoreStatus.NOT_MET);
        assertThat(score.deviation().amount()).isEqualByComparingTo("2");
        assertThat(score.deviation().percent()).isNull();
        assertThat(scoreOf("≤0 起", "0").score()).isEqualByComparingTo("50.00");
    }

    @Test
    void exactTargetLosesOnEitherSide() {
        // "46 个" (bare number, read as =): 46 → 50
        assertThat(scoreOf("46 个", "46").score()).isEqualByComparingTo("50.00");
        // 40 ÷ 46 = 0.869565… → 50 × 0.869565… = 43.478… → 43.48
        assertThat(scoreOf("46 个", "40").score()).isEqualByComparingTo("43.48");
        // 46 ÷ 50 = 0.92 → 46
        IndicatorScore over = scoreOf("46 个", "50");
        assertThat(over.score()).isEqualByComparingTo("46.00");
        assertThat(over.status()).isEqualTo(ScoreStatus.PARTLY_MET);
        // deviation 50 − 46 = 4; 4 ÷ 46 × 100 = 8.695… → 8.70
        assertThat(over.deviation().percent()).isEqualByComparingTo("8.70");
    }

    @Test
    void rangeIsMetInsideAndMeasuredFromTheNearerEnd() {
        // 85 in 80–90 → 50, deviation 0
        IndicatorScore inside = scoreOf("80%-90%", "85");
        assertThat(inside.score()).isEqualByComparingTo("50.00");
        assertThat(inside.deviation().amount()).isEqualByComparingTo("0");
        assertThat(inside.deviation().percent()).isEqualByComparingTo("0");
        // ends are inside: 80 and 90 → 50
        assertThat(scoreOf("80%-90%", "80").score()).isEqualByComparingTo("50.00");
        assertThat(scoreOf("80%-90%", "90").score()).isEqualByComparingTo("50.00");
        // 72 below 80: 72 ÷ 80 = 0.9 → 45; deviation 72 − 80 = −8 = −10%
        IndicatorScore below = scoreOf("80%-90%", "72");
        assertThat(below.score()).isEqualByComparingTo("45.00");
        assertThat(below.deviation().amount()).isEqualByComparingTo("-8");
        assertThat(below.deviation().percent()).isEqualByComparingTo("-10.00");
        // 100 above 90: 90 ÷ 100 = 0.9 → 45; deviation 100 − 90 = 10; 10 ÷ 90 × 100 = 11.11
        IndicatorScore above = scoreOf("80%-90%", "100");
        assertThat(above.score()).isEqualByComparingTo("45.00");
        assertThat(above.deviation().percent()).isEqualByComparingTo("11.11");
    }

    @Test
    void keepsTheTargetAndActualOnTheLine() {
        IndicatorScore score = scoreOf("≤4小 时", "3");
        assertThat(score.name()).isEqualTo("≤4小 时");
        assertThat(score.tier()).isEqualTo(ScoringTier.OUTPUT);
        assertThat(score.target().raw()).isEqualTo("≤4小 时");
        assertThat(score.actual()).isEqualByComparingTo("3");
        assertThat(score.grade()).isNull();
    }
}
