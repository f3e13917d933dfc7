package io.yusuan.performance.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class IndicatorTierRepository implements PanacheRepositoryBase<IndicatorTier, Integer> {

    /** The 一级 names of a framework with the 二级 names under each. */
    public io.yusuan.performance.target.TierNames names(Framework framework) {
        java.util.Map<Integer, String> tier1 = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> names = new java.util.LinkedHashMap<>();
        for (IndicatorTier tier : listInOrder()) {
            if (tier.framework() != framework) {
                continue;
            }
            if (tier.parentId() == null) {
                tier1.put(tier.id(), tier.name());
                names.put(tier.name(), new java.util.HashSet<>());
            } else {
                names.get(tier1.get(tier.parentId())).add(tier.name());
            }
        }
        return new io.yusuan.performance.target.TierNames(names);
    }

    /** Every tier: 一级 before 二级, the project framework before the department one, each in printed order. */
    public List<IndicatorTier> listInOrder() {
        return list("order by parentId nulls first, framework desc, sortOrder");
    }
}
