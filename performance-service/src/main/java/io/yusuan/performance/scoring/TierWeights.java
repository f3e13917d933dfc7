package io.yusuan.performance.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The weights of the 一级 tiers in one evaluation, out of 100 (财预〔2020〕10号: 产出 50, 效益 30, 满意度 10,
 * 预算执行率 10).
 *
 * <p>成本指标 have no weight of their own by default: as in the 10号 自评表, where 成本 is a 二级 tier under 产出, they
 * share 产出's weight. {@link #withSeparateCost} gives 成本 its own weight instead, as the 一级 tier of 财预〔2021〕101号.
 *
 * @param cost            the weight of 成本; null when 成本 scores inside 产出
 * @param output          产出
 * @param benefit         效益
 * @param satisfaction    满意度
 * @param budgetExecution 预算执行率
 */
public record TierWeights(
        BigDecimal cost, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction, BigDecimal budgetExecution) {

    /** 产出 50, 效益 30, 满意度 10, 预算执行率 10; 成本 inside 产出. */
    public static final TierWeights DEFAULT = of(
            BigDecimal.valueOf(50), BigDecimal.valueOf(30), BigDecimal.valueOf(10), BigDecimal.valueOf(10));

    public TierWeights {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(budgetExecution, "budgetExecution");
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal weight : Stream.of(cost, output, benefit, satisfaction, budgetExecution)
                .filter(Objects::nonNull).toList()) {
            if (weight.signum() < 0) {
                throw new InvalidEvaluationException("a tier weight cannot be negative: " + weight);
            }
            total = total.add(weight);
        }
        if (total.compareTo(Decimals.HUNDRED) != 0) {
            throw new InvalidEvaluationException("the tier weights must total 100, not " + total.toPlainString());
        }
    }

    /** Weights with 成本 scored inside 产出. */
    public static TierWeights of(
            BigDecimal output, BigDecimal benefit, BigDecimal satisfaction, BigDecimal budgetExecution) {
        return new TierWeights(null, output, benefit, satisfaction, budgetExecution);
    }

    /** Weights with 成本 as a tier of its own. */
    public static TierWeights withSeparateCost(BigDecimal cost, BigDecimal output, BigDecimal benefit,
            BigDecimal satisfaction, BigDecimal budgetExecution) {
        return new TierWeights(Objects.requireNonNull(cost, "cost"), output, benefit, satisfaction, budgetExecution);
    }

    /** @return the tier whose weight an indicator of {@code tier} shares: 产出 for 成本 unless 成本 has its own */
    public ScoringTier scoredIn(ScoringTier tier) {
        return tier == ScoringTier.COST && cost == null ? ScoringTier.OUTPUT : tier;
    }

    /** @return the weight of the tier that indicators of {@code tier} are {@linkplain #scoredIn scored in} */
    public BigDecimal weightOf(ScoringTier tier) {
        return switch (scoredIn(tier)) {
            case COST -> cost;
            case OUTPUT -> output;
            case BENEFIT -> benefit;
            case SATISFACTION -> satisfaction;
            case BUDGET_EXECUTION -> budgetExecution;
        };
    }
}
