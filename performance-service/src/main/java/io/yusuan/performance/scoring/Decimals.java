package io.yusuan.performance.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The one precision for arithmetic and the one rounding for results, so no step rounds on its own. */
final class Decimals {

    /** 34 significant digits: even splits such as 50 ÷ 3 stay exact far beyond the 2 decimals handed out. */
    static final MathContext CONTEXT = MathContext.DECIMAL128;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, CONTEXT);
    }

    /** @return the value at 2 decimals HALF_UP, as every weight, score and percentage is handed out */
    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
