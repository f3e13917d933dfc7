package io.yusuan.budget.narrative;

import java.math.BigDecimal;

/**
 * A figure against last year's, as the narrative states it: up or down by an amount and a percentage, or
 * unchanged, with the reason the budget office gave.
 *
 * @param delta this year's figure less last year's, in yuan
 * @param percent the change as a percentage of last year's figure ("1.38%"), or null when last year's was 0
 * @param reason the budget office's reason, or null
 */
public record Change(BigDecimal delta, String percent, String reason) {

    /** The change from {@code last} to {@code current}; null when last year's figure is not known. */
    static Change of(BigDecimal current, BigDecimal last, String reason) {
        if (last == null) {
            return null;
        }
        BigDecimal delta = current.subtract(last);
        return new Change(delta, last.signum() == 0 ? null : Figures.share(delta.abs(), last), reason);
    }

    public boolean up() {
        return delta.signum() > 0;
    }

    public boolean flat() {
        return delta.signum() == 0;
    }

    /** The size of the change, in yuan. */
    public BigDecimal amount() {
        return delta.abs();
    }
}
