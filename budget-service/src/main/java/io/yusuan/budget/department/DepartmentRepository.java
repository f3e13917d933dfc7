package io.yusuan.budget.department;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<Department> {

    /**
     * Departments after {@code after} in (region, code) order, so that paging is stable however
     * many departments are added meanwhile.
     */
    public List<Department> search(DepartmentQuery query, DepartmentCursor after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (query.region() != null) {
            where.append(" and regionCode = :region");
            parameters.and("region", query.region());
        }
        if (query.text() != null) {
            where.append(" and (lower(name) like :text or code = :code)");
            parameters.and("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT) + "%")
                    .and("code", query.text());
        }
        if (after != null) {
            where.append(" and (regionCode > :afterRegion or (regionCode = :afterRegion and code > :afterCode))");
            parameters.and("afterRegion", after.regionCode()).and("afterCode", after.code());
        }
        return find(where + " order by regionCode, code", parameters).page(0, limit).list();
    }
}
