package io.yusuan.budget.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the narrative prints amounts, shares and changes: 万元 with two decimals, rounded once. */
final class Figures {

    private static final BigDecimal WAN = new BigDecimal(10_000);
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Figures() {
    }

    /** An amount in 万元 with two decimals; nothing is printed as 0, as the template does. */
    static String wan(BigDecimal yuan) {
        return yuan.signum() == 0 ? "0" : yuan.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code part} as a percentage of {@code whole}, two decimals. */
    static String share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? "0.00%" : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The change's percentage of the prior amount, two decimals, without sign. */
    static String percent(BigDecimal change, BigDecimal prior) {
        return change.abs().multiply(HUNDRED).divide(prior, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
