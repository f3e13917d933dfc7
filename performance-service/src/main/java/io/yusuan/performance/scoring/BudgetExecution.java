package io.yusuan.performance.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The year's budget execution of what is evaluated: 全年执行数 against 全年预算数, in one unit (e.g. 万元).
 *
 * @param budget   全年预算数; more than 0, since the rate is measured against it
 * @param executed 全年执行数; 0 or more
 */
public record BudgetExecution(BigDecimal budget, BigDecimal executed) {

    public BudgetExecution {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(executed, "executed");
        if (budget.signum() <= 0) {
            throw new InvalidEvaluationException("the budget must be more than 0 to measure its execution");
        }
        if (executed.signum() < 0) {
            throw new InvalidEvaluationException("the executed amount cannot be negative");
        }
    }

    /** @return 预算执行率 = 执行数 ÷ 预算数, unrounded; above 1 when more was spent than budgeted */
    BigDecimal rate() {
        return Decimals.divide(executed, budget);
    }

    /** @return weight × min(rate, 1), unrounded: spending beyond the budget earns nothing extra */
    BigDecimal score(BigDecimal weight) {
        return weight.multiply(rate().min(BigDecimal.ONE));
    }
}
