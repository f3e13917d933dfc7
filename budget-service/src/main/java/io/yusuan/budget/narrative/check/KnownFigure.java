package io.yusuan.budget.narrative.check;

import java.math.BigDecimal;

/**
 * A figure of the version a narrative may state.
 *
 * @param key stable name, as findings give it ("operatingCosts")
 * @param name what the narrative calls it ("机关运行经费")
 * @param value in yuan, or a count
 * @param prior last year's, or null when the package does not give it
 * @param count whether it is a count (辆, 套, 个) rather than an amount
 */
public record KnownFigure(String key, String name, BigDecimal value, BigDecimal prior, boolean count) {

    static KnownFigure amount(String key, String name, BigDecimal value, BigDecimal prior) {
        return new KnownFigure(key, name, value, prior, false);
    }

    static KnownFigure count(String key, String name, int value) {
        return new KnownFigure(key, name, BigDecimal.valueOf(value), null, true);
    }
}
