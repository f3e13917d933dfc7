package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.yusuan.performance.indicator.Operator;
import io.yusuan.performance.indicator.ParsedTarget;
import java.math.BigDecimal;

/**
 * How far a quantitative actual lies from its target (偏差), in the target's unit and in percent of the target.
 *
 * <p>Signed: actual − target, so +2 against "≥95%" is an over-achievement and +2 against "≤4 小时" a shortfall; the
 * status says which is good. For a range the deviation is measured from the nearer end, and is 0 inside it.
 *
 * @param amount  actual − target, exact
 * @param percent (actual − target) ÷ target × 100, 2 decimals; null when the target is 0
 */
@Schema(name = "Deviation", description = "How far the actual is from the target (偏差).")
public record Deviation(
        @Schema(description = "Actual − target, in the target's unit (0 inside a range).", example = "1") BigDecimal amount,
        @Schema(description = "The same as a percentage of the target; absent when the target is 0.", example = "25.00", nullable = true)
        BigDecimal percent) {

    static Deviation of(ParsedTarget target, BigDecimal actual) {
        BigDecimal reference = target.value();
        if (target.operator() == Operator.BETWEEN) {
            if (actual.compareTo(target.upperValue()) > 0) {
                reference = target.upperValue();
            } else if (actual.compareTo(target.value()) >= 0) {
                return new Deviation(BigDecimal.ZERO, Decimals.round(BigDecimal.ZERO));
            }
        }
        BigDecimal amount = actual.subtract(reference);
        BigDecimal percent = reference.signum() == 0
                ? null
                : Decimals.round(Decimals.divide(amount, reference).multiply(Decimals.HUNDRED));
        return new Deviation(amount, percent);
    }
}
