package io.yusuan.performance.target;

import java.util.Map;
import java.util.Set;

/**
 * The 一级 and 二级 tier names of one framework, as the indicator framework table holds them.
 *
 * @param tiers the 二级 names under each 一级 name
 */
public record TierNames(Map<String, Set<String>> tiers) {

    public boolean hasTier1(String tier1) {
        return tiers.containsKey(tier1);
    }

    public boolean hasTier2(String tier1, String tier2) {
        return tiers.getOrDefault(tier1, Set.of()).contains(tier2);
    }
}
