package io.yusuan.catalog.crosswalk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CrosswalkChangeRepository implements PanacheRepositoryBase<CrosswalkChange, CrosswalkChange.Key> {

    public List<CrosswalkChange> between(String scheme, int from, int to) {
        return list("scheme = ?1 and fromYear = ?2 and toYear = ?3 order by fromCode, toCode", scheme, from, to);
    }
}
