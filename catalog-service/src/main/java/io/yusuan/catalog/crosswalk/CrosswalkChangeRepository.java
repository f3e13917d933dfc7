package io.yusuan.catalog.crosswalk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CrosswalkChangeRepository implements PanacheRepositoryBase<CrosswalkChange, CrosswalkChange.Key> {

    /**
     * The declared changes of every step between consecutive shipped years within the span (2022→2026 takes
     * 2022→2023 … 2025→2026). A code changed twice within the span shows each step; none does so today.
     */
    public List<CrosswalkChange> between(String scheme, int from, int to) {
        return list("scheme = ?1 and fromYear >= ?2 and toYear <= ?3 order by fromYear, fromCode, toCode", scheme, from, to);
    }
}
