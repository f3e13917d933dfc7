package io.yusuan.performance.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every indicator its weight inside its tier.
 *
 * <p>The unit sets indicator weights that add up to the tier's weight (财预〔2020〕10号); where it sets none, the tier's
 * weight is split evenly. Mixed: the weights given are kept and what is left of the tier's weight is split evenly among
 * the others. Non-applicable indicators take their share like the others, so that leaving one out lowers the
 * applicable weight and the total is rescaled, rather than handing its weight to its neighbours.
 */
final class WeightAllocator {

    private WeightAllocator() {
    }

    /** @return each indicator's weight, unrounded, in the order given */
    static List<BigDecimal> allocate(List<EvaluatedIndicator> indicators, TierWeights tierWeights) {
        Map<ScoringTier, List<Integer>> byTier = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            byTier.computeIfAbsent(tierWeights.scoredIn(indicators.get(i).tier()), t -> new ArrayList<>()).add(i);
        }
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(indicators.size(), (BigDecimal) null));
        byTier.forEach((tier, members) -> allocateTier(tier, tierWeights.weightOf(tier), members, indicators, weights));
        return weights;
    }

    private static void allocateTier(ScoringTier tier, BigDecimal tierWeight, List<Integer> members,
            List<EvaluatedIndicator> indicators, List<BigDecimal> weights) {
        BigDecimal given = BigDecimal.ZERO;
        List<Integer> unweighted = new ArrayList<>();
        for (int i : members) {
            BigDecimal weight = indicators.get(i).weight();
            if (weight == null) {
                unweighted.add(i);
            } else {
                given = given.add(weight);
                weights.set(i, weight);
            }
        }
        BigDecimal left = tierWeight.subtract(given);
        if (unweighted.isEmpty()) {
            if (left.signum() != 0) {
                throw new InvalidEvaluationException(tier.label() + ": the indicator weights total "
                        + given.toPlainString() + ", not the tier's " + tierWeight.toPlainString());
            }
            return;
        }
        if (left.signum() <= 0) {
            throw new InvalidEvaluationException(tier.label() + ": the weights given (" + given.toPlainString()
                    + ") leave nothing of the tier's " + tierWeight.toPlainString()
                    + " for the indicators without one");
        }
        BigDecimal share = Decimals.divide(left, BigDecimal.valueOf(unweighted.size()));
        unweighted.forEach(i -> weights.set(i, share));
    }
}
