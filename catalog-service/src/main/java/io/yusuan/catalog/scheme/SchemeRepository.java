package io.yusuan.catalog.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<Scheme, String> {

    /** Every scheme, in catalogue order, with its years. */
    public List<Scheme> listInOrder() {
        return find("select distinct s from Scheme s left join fetch s.years order by s.sortOrder").list();
    }
}
