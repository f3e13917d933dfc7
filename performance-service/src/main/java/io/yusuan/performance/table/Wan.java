package io.yusuan.performance.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan to 万元 with two decimals, as the tables print amounts; null stays null (an empty cell). */
final class Wan {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private Wan() {
    }

    static BigDecimal of(BigDecimal yuan) {
        return yuan == null || yuan.signum() == 0 ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }
}
