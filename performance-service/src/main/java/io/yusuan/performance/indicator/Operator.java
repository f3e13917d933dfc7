package io.yusuan.performance.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The comparison of a quantitative target (指标值的比较符). */
@Schema(name = "Operator", description = "GREATER_OR_EQUAL, LESS_OR_EQUAL, GREATER, LESS, EQUAL, or BETWEEN for a range.")
public enum Operator {
    /** ≥ (大于等于, 不低于, 不少于, …以上). */
    GREATER_OR_EQUAL("≥", Polarity.HIGHER_IS_BETTER),
    /** ≤ (小于等于, 不高于, 不超过, …以下, …以内). */
    LESS_OR_EQUAL("≤", Polarity.LOWER_IS_BETTER),
    /** &gt; (大于). */
    GREATER(">", Polarity.HIGHER_IS_BETTER),
    /** &lt; (小于). */
    LESS("<", Polarity.LOWER_IS_BETTER),
    /** = : written "=" or, flagged {@link TargetNote.Code#NO_OPERATOR}, a bare number. */
    EQUAL("=", Polarity.EXACT),
    /** A range "80%-90%": {@link ParsedTarget#value()} to {@link ParsedTarget#upperValue()}, both inclusive. */
    BETWEEN("–", Polarity.EXACT);

    private final String symbol;
    private final Polarity polarity;

    Operator(String symbol, Polarity polarity) {
        this.symbol = symbol;
        this.polarity = polarity;
    }

    /** @return the sign as printed: "≥", "≤", "&gt;", "&lt;", "=", or "–" between the two ends of a range */
    public String symbol() {
        return symbol;
    }

    public Polarity polarity() {
        return polarity;
    }

    /** @return the operator of a canonical sign ≥ ≤ &gt; &lt; =, or null for any other text */
    static Operator ofSymbol(String symbol) {
        for (Operator operator : values()) {
            if (operator != BETWEEN && operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        return null;
    }
}
