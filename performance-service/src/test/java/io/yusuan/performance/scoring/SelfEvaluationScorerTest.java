package io.yusuan.performance.scoring;

import static io.yusuan.performance.scoring.Indicators.budget;
import static io.yusuan.performance.scoring.Indicators.notApplicable;
import static io.yusuan.performance.scoring.Indicators.qualitative;
import static io.yusuan.performance.scoring.Indicators.quantitative;
import static io.yusuan.performance.scoring.ScoringTier.BENEFIT;
import static io.yusuan.performance.scoring.ScoringTier.COST;
import static io.yusuan.performance.scoring.ScoringTier.OUTPUT;
import static io.yusuan.performance.scoring.ScoringTier.SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfEvaluationScorerTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /**
     * The source document's 网络使用年租费 (5.00 万元), with made-up year-end actuals. Default weights: 成本 scores
     * inside 产出, so 产出 has 6 indicators of 50 ÷ 6 = 8.3333… each.
     */
    @Test
    void scoresAProjectOfTheSourceDocument() {
        List<EvaluatedIndicator> indicators = List.of(
                // "5 万元" is a bare number, read as =: 4.8 ÷ 5 = 0.96 → 8.3333 × 0.96 = 8.00
                quantitative(COST, "5 万元", "4.8"),
                // met → 8.3333 each
                quantitative(OUTPUT, "1 条", "1"),
                quantitative(OUTPUT, "≥99%", "99.5"),
                quantitative(OUTPUT, "24 小时", "24"),
                qualitative(OUTPUT, "即时响应", QualitativeGrade.ACHIEVED),
                // 4 ÷ 5 = 0.8 → 8.3333 × 0.8 = 6.6667
                quantitative(OUTPUT, "≤4 小时", "5"),
                // 效益 30, one indicator: 98 ÷ 99 = 0.989898… → 29.69697
                quantitative(BENEFIT, "≥99%", "98"),
                // 满意度 10: met → 10
                quantitative(SATISFACTION, "≥95%", "96"));
        // 预算执行率 10: 4.80 ÷ 5.00 = 0.96 → 9.6
        EvaluationResult result = SelfEvaluationScorer.score(indicators, budget("5.00", "4.80"));

        assertThat(result.indicators()).extracting(IndicatorScore::weight).allSatisfy(
                w -> assertThat(w).isIn(n("8.33"), n("30.00"), n("10.00")));
        assertThat(result.indicators()).extracting(IndicatorScore::score).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(n("8.00"), n("8.33"), n("8.33"), n("8.33"), n("8.33"), n("6.67"), n("29.70"),
                        n("10.00"));
        assertThat(result.indicators()).extracting(IndicatorScore::status).containsExactly(
                ScoreStatus.PARTLY_MET, ScoreStatus.MET, ScoreStatus.MET, ScoreStatus.MET, ScoreStatus.MET,
                ScoreStatus.PARTLY_MET, ScoreStatus.PARTLY_MET, ScoreStatus.MET);
        // 5 万元: 4.8 − 5 = −0.2 = −4%; 效益: 98 − 99 = −1; −1 ÷ 99 × 100 = −1.0101 → −1.01
        assertThat(result.indicators().get(0).deviation().percent()).isEqualByComparingTo("-4.00");
        assertThat(result.indicators().get(6).deviation().percent()).isEqualByComparingTo("-1.01");

        BudgetExecutionScore budgetLine = result.budgetExecution();
        assertThat(budgetLine.ratePercent()).isEqualByComparingTo("96.00");
        assertThat(budgetLine.weight()).isEqualByComparingTo("10.00");
        assertThat(budgetLine.score()).isEqualByComparingTo("9.60");

        // 产出 50 ÷ 6 × (0.96 + 1 + 1 + 1 + 1 + 0.8) = 50 ÷ 6 × 5.76 = 48
        // Σ = 48 + 29.69697 + 10 + 9.6 = 97.29697 of 100 → 97.30, 优
        assertThat(result.scoreSum()).isEqualByComparingTo("97.30");
        assertThat(result.applicableWeight()).isEqualByComparingTo("100.00");
        assertThat(result.total()).isEqualByComparingTo("97.30");
        assertThat(result.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
    }

    @Test
    void nonApplicableIndicatorsLeaveTheTotalWhichIsRescaled() {
        List<EvaluatedIndicator> indicators = List.of(
                // 产出 50 split over 2 → 25 each; the second does not apply
                quantitative(OUTPUT, "≥46 个", "46"),
                notApplicable(OUTPUT, "≥90%"),
                // 效益 30: 45 ÷ 90 = 0.5 → 15
                quantitative(BENEFIT, "≥90%", "45"));
        // no 满意度 indicator: its 10 leaves the total too; 预算执行率: 20 ÷ 20 = 1 → 10
        EvaluationResult result = SelfEvaluationScorer.score(indicators, budget("20.00", "20.00"));

        IndicatorScore excluded = result.indicators().get(1);
        assertThat(excluded.status()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
        assertThat(excluded.weight()).isEqualByComparingTo("25.00");
        assertThat(excluded.score()).isNull();
        assertThat(excluded.achievementPercent()).isNull();
        assertThat(excluded.deviation()).isNull();
        // Σ score = 25 + 15 + 10 = 50; Σ applicable weight = 25 + 30 + 10 = 65; 50 ÷ 65 × 100 = 76.923… → 76.92, 中
        assertThat(result.scoreSum()).isEqualByComparingTo("50.00");
        assertThat(result.applicableWeight()).isEqualByComparingTo("65.00");
        assertThat(result.total()).isEqualByComparingTo("76.92");
        assertThat(result.grade()).isEqualTo(PerformanceGrade.FAIR);
    }

    @Test
    void budgetExecutionEarnsItsShareUpToTheFullWeight() {
        List<EvaluatedIndicator> met = List.of(quantitative(OUTPUT, "≥90%", "90"));
        // 18 ÷ 20 = 0.9 → 10 × 0.9 = 9; total (50 + 9) ÷ 60 × 100 = 98.333… → 98.33
        EvaluationResult partly = SelfEvaluationScorer.score(met, budget("20.00", "18.00"));
        assertThat(partly.budgetExecution().ratePercent()).isEqualByComparingTo("90.00");
        assertThat(partly.budgetExecution().score()).isEqualByComparingTo("9.00");
        assertThat(partly.total()).isEqualByComparingTo("98.33");
        // 21 ÷ 20 = 1.05: the rate is shown as 105%, the score capped at 10
        EvaluationResult over = SelfEvaluationScorer.score(met, budget("20.00", "21.00"));
        assertThat(over.budgetExecution().ratePercent()).isEqualByComparingTo("105.00");
        assertThat(over.budgetExecution().score()).isEqualByComparingTo("10.00");
        // nothing spent → 0; total 50 ÷ 60 × 100 = 83.333… → 83.33
        EvaluationResult none = SelfEvaluationScorer.score(met, budget("20.00", "0"));
        assertThat(none.budgetExecution().score()).isEqualByComparingTo("0.00");
        assertThat(none.total()).isEqualByComparingTo("83.33");
        // 1.56 万元 budgeted, 1.2 spent: 1.2 ÷ 1.56 = 0.769230… → 76.92%, 7.69
        EvaluationResult source = SelfEvaluationScorer.score(met, budget("1.56", "1.2"));
        assertThat(source.budgetExecution().ratePercent()).isEqualByComparingTo("76.92");
        assertThat(source.budgetExecution().score()).isEqualByComparingTo("7.69");
    }

    @Test
    void withoutBudgetExecutionItsWeightLeavesTheTotal() {
        // only 产出 applies: 50 of 50 → 100
        EvaluationResult result = SelfEvaluationScorer.score(List.of(quantitative(OUTPUT, "≥90%", "95")), null);
        assertThat(result.budgetExecution()).isNull();
        assertThat(result.applicableWeight()).isEqualByComparingTo("50.00");
        assertThat(result.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void budgetExecutionAloneCanBeScored() {
        // 9 ÷ 10 × 100 = 90 → 优
        EvaluationResult result = SelfEvaluationScorer.score(List.of(), budget("10", "9"));
        assertThat(result.total()).isEqualByComparingTo("90.00");
        assertThat(result.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
    }

    private static List<EvaluatedIndicator> oneOfEachTier() {
        return List.of(
                quantitative(OUTPUT, "≥90%", "45"),      // share 0.5
                quantitative(BENEFIT, "≥90%", "90"),     // share 1
                quantitative(SATISFACTION, "≥95%", "95")); // share 1
    }

    @Test
    void defaultTierWeightsAre50_30_10_10() {
        // 50 × 0.5 + 30 + 10 + 10 × 0.8 = 25 + 30 + 10 + 8 = 73 → 中
        EvaluationResult result = SelfEvaluationScorer.score(oneOfEachTier(), budget("10", "8"));
        assertThat(result.total()).isEqualByComparingTo("73.00");
        assertThat(result.grade()).isEqualTo(PerformanceGrade.FAIR);
    }

    @Test
    void tierWeightsAreConfigurablePerEvaluation() {
        // 产出 40, 效益 40, 满意度 10, 预算执行率 10: 40 × 0.5 + 40 + 10 + 10 × 0.8 = 20 + 40 + 10 + 8 = 78
        TierWeights weights = TierWeights.of(n("40"), n("40"), n("10"), n("10"));
        EvaluationResult result = SelfEvaluationScorer.score(oneOfEachTier(), budget("10", "8"), weights);
        assertThat(result.indicators()).extracting(IndicatorScore::weight)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(n("40"), n("40"), n("10"));
        assertThat(result.budgetExecution().weight()).isEqualByComparingTo("10.00");
        assertThat(result.total()).isEqualByComparingTo("78.00");
        assertThat(result.grade()).isEqualTo(PerformanceGrade.FAIR);
        // 产出 60, 效益 20, 满意度 10, 预算执行率 10: 30 + 20 + 10 + 8 = 68
        TierWeights heavyOutput = TierWeights.of(n("60"), n("20"), n("10"), n("10"));
        assertThat(SelfEvaluationScorer.score(oneOfEachTier(), budget("10", "8"), heavyOutput).total())
                .isEqualByComparingTo("68.00");
    }

    @Test
    void costScoresInsideOutputByDefaultOrAsATierOfItsOwn() {
        List<EvaluatedIndicator> indicators = List.of(
                // 20 ÷ 22 = 0.909090…
                quantitative(COST, "≤20 万元", "22"),
                quantitative(OUTPUT, "46 个", "46"),
                quantitative(BENEFIT, "≥90%", "90"),
                quantitative(SATISFACTION, "≥95%", "95"));
        // default: 成本 and 产出 share 50 → 25 each; 25 × 0.90909 = 22.727 + 25 + 30 + 10 + 10 = 97.727… → 97.73
        EvaluationResult inside = SelfEvaluationScorer.score(indicators, budget("20", "20"));
        assertThat(inside.indicators().get(0).weight()).isEqualByComparingTo("25.00");
        assertThat(inside.indicators().get(0).score()).isEqualByComparingTo("22.73");
        assertThat(inside.total()).isEqualByComparingTo("97.73");
        // 成本 10 of its own, 产出 40: 10 × 0.90909 = 9.0909 + 40 + 30 + 10 + 10 = 99.0909… → 99.09
        TierWeights separate = TierWeights.withSeparateCost(n("10"), n("40"), n("30"), n("10"), n("10"));
        EvaluationResult own = SelfEvaluationScorer.score(indicators, budget("20", "20"), separate);
        assertThat(own.indicators().get(0).weight()).isEqualByComparingTo("10.00");
        assertThat(own.indicators().get(0).score()).isEqualByComparingTo("9.09");
        assertThat(own.indicators().get(1).weight()).isEqualByComparingTo("40.00");
        assertThat(own.total()).isEqualByComparingTo("99.09");
    }

    @Test
    void indicatorWeightsGivenByTheUnitAreKept() {
        List<EvaluatedIndicator> indicators = List.of(
                quantitative(OUTPUT, "≥90%", "45").withWeight(n("30")), // 30 × 0.5 = 15
                quantitative(OUTPUT, "46 个", "46").withWeight(n("20")), // 20
                quantitative(BENEFIT, "≥90%", "90"),
                quantitative(SATISFACTION, "≥95%", "95"));
        // 15 + 20 + 30 + 10 + 10 = 85 → 良
        EvaluationResult result = SelfEvaluationScorer.score(indicators, budget("1", "1"));
        assertThat(result.indicators().get(0).score()).isEqualByComparingTo("15.00");
        assertThat(result.total()).isEqualByComparingTo("85.00");
        assertThat(result.grade()).isEqualTo(PerformanceGrade.GOOD);
    }

    @Test
    void indicatorsWithoutAWeightShareWhatTheirTierHasLeft() {
        List<EvaluatedIndicator> indicators = List.of(
                quantitative(OUTPUT, "≥90%", "90").withWeight(n("30")),
                quantitative(OUTPUT, "46 个", "46"),
                quantitative(OUTPUT, "≥7 小时", "7"));
        // (50 − 30) ÷ 2 = 10 each
        EvaluationResult result = SelfEvaluationScorer.score(indicators, null);
        assertThat(result.indicators()).extracting(IndicatorScore::weight)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(n("30"), n("10"), n("10"));
    }

    @Test
    void indicatorWeightsThatDoNotAddUpToTheTierAreRefused() {
        List<EvaluatedIndicator> short10 = List.of(
                quantitative(OUTPUT, "≥90%", "90").withWeight(n("30")),
                quantitative(OUTPUT, "46 个", "46").withWeight(n("10")));
        assertThatThrownBy(() -> SelfEvaluationScorer.score(short10, null))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("产出指标: the indicator weights total 40, not the tier's 50");
        List<EvaluatedIndicator> nothingLeft = List.of(
                quantitative(OUTPUT, "≥90%", "90").withWeight(n("50")),
                quantitative(OUTPUT, "46 个", "46"));
        assertThatThrownBy(() -> SelfEvaluationScorer.score(nothingLeft, null))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessageContaining("leave nothing of the tier's 50");
    }

    @Test
    void roundsOnlyAtTheEnd() {
        List<EvaluatedIndicator> indicators = List.of(
                // 50 ÷ 3 = 16.6666… each, shown 16.67; each earns 16.6666… × 0.5 = 8.3333…, shown 8.33
                quantitative(OUTPUT, "≥90%", "45"),
                quantitative(OUTPUT, "≥90%", "45"),
                quantitative(OUTPUT, "≥90%", "45"),
                quantitative(BENEFIT, "≥90%", "90"),
                quantitative(SATISFACTION, "≥95%", "95"));
        EvaluationResult result = SelfEvaluationScorer.score(indicators, budget("1", "1"));
        assertThat(result.indicators().get(0).weight()).isEqualByComparingTo("16.67");
        assertThat(result.indicators().get(0).score()).isEqualByComparingTo("8.33");
        // exact: 25 + 30 + 10 + 10 = 75.00 (rounding each line first would give 8.33 × 3 + 50 = 74.99)
        assertThat(result.total()).isEqualByComparingTo("75.00");
        assertThat(result.total().scale()).isEqualTo(2);
    }

    /**
     * One 产出 indicator "≥100%" alone (weight 50, no budget execution): the total is the actual itself, so each grade
     * boundary can be reached exactly.
     */
    @ParameterizedTest(name = "actual {0} → total {1}, {2}")
    @CsvSource({
        "100, 100.00, EXCELLENT",
        "90, 90.00, EXCELLENT",
        "89.99, 89.99, GOOD",
        "80, 80.00, GOOD",
        "79.99, 79.99, FAIR",
        "60, 60.00, FAIR",
        "59.99, 59.99, POOR",
        // 89.995 rounds HALF_UP to 90.00, and the grade follows the total as printed
        "89.995, 90.00, EXCELLENT",
        "89.994, 89.99, GOOD"
    })
    void gradesAtEveryBoundary(String actual, String total, PerformanceGrade grade) {
        EvaluationResult result = SelfEvaluationScorer.score(List.of(quantitative(OUTPUT, "≥100%", actual)), null);
        assertThat(result.total()).isEqualByComparingTo(total);
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    void refusesAnEvaluationWithNothingApplicable() {
        assertThatThrownBy(() -> SelfEvaluationScorer.score(List.of(notApplicable(OUTPUT, "≥90%")), null))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("nothing applicable is left to score");
    }
}
