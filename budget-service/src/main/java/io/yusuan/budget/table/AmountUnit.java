package io.yusuan.budget.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The unit tables present amounts in; sums are taken on exact yuan and rounded once, here. */
public enum AmountUnit {
    /** 万元, two decimals: the template's unit. */
    WAN("万元", new BigDecimal(10_000)),
    /** 元, two decimals. */
    YUAN("元", BigDecimal.ONE);

    private final String label;
    private final BigDecimal divisor;

    AmountUnit(String label, BigDecimal divisor) {
        this.label = label;
        this.divisor = divisor;
    }

    public String label() {
        return label;
    }

    public BigDecimal present(BigDecimal yuan) {
        return yuan.divide(divisor, 2, RoundingMode.HALF_UP);
    }

    /** @param name {@code wan} or {@code yuan} */
    public static AmountUnit of(String name) {
        return "yuan".equalsIgnoreCase(name) ? YUAN : WAN;
    }
}
