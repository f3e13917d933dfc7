package io.yusuan.budget.narrative;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the narrative prints amounts, shares and changes: 万元 with two decimals, rounded once. The templates
 * call {@link #wan} and {@link #share} on amounts ({@code {n.f.basic.wan}}, {@code {n.f.basic.share(n.f.expenditure)}}),
 * and the narrative check rounds what it compares the same way.
 */
public final class Figures {

    private static final BigDecimal WAN = new BigDecimal(10_000);
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Figures() {
    }

    /** An amount in 万元 with two decimals; nothing is printed as 0, as the template does. */
    @TemplateExtension
    public static String wan(BigDecimal yuan) {
        return yuan.signum() == 0 ? "0" : wanValue(yuan).toPlainString();
    }

    /** An amount in 万元, rounded to two decimals. */
    public static BigDecimal wanValue(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole}, two decimals. */
    @TemplateExtension
    public static String share(BigDecimal part, BigDecimal whole) {
        return shareValue(part, whole).toPlainString() + "%";
    }

    /** {@code part} as a percentage of {@code whole}, rounded to two decimals; 0.00 of nothing. */
    public static BigDecimal shareValue(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? new BigDecimal("0.00") : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
