package io.yusuan.performance.scoring;

import io.yusuan.performance.indicator.TargetParser;
import java.math.BigDecimal;

/** Short ways to write evaluated indicators in tests, each named after its target. */
final class Indicators {

    private Indicators() {
    }

    static EvaluatedIndicator quantitative(ScoringTier tier, String target, String actual) {
        return EvaluatedIndicator.quantitative(target, tier, TargetParser.parse(target), new BigDecimal(actual));
    }

    static EvaluatedIndicator qualitative(ScoringTier tier, String target, QualitativeGrade grade) {
        return EvaluatedIndicator.qualitative(target, tier, TargetParser.parse(target), grade);
    }

    static EvaluatedIndicator qualitative(ScoringTier tier, String target, QualitativeGrade grade, String percent) {
        return EvaluatedIndicator.qualitative(target, tier, TargetParser.parse(target), grade, new BigDecimal(percent));
    }

    static EvaluatedIndicator notApplicable(ScoringTier tier, String target) {
        return EvaluatedIndicator.notApplicable(target, tier, TargetParser.parse(target));
    }

    static BudgetExecution budget(String budget, String executed) {
        return new BudgetExecution(new BigDecimal(budget), new BigDecimal(executed));
    }
}
