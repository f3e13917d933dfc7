package io.yusuan.performance.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class IndicatorTierRepository implements PanacheRepositoryBase<IndicatorTier, Integer> {

    /** Every tier: 一级 before 二级, the project framework before the department one, each in printed order. */
    public List<IndicatorTier> listInOrder() {
        return list("order by parentId nulls first, framework desc, sortOrder");
    }
}
