package io.yusuan.budget.department;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.yusuan.budget.catalog.CatalogRegion;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<Department> {

    /** The department, created the first time a budget of it is loaded. */
    public Department findOrCreate(String regionCode, String regionName, String code, String name) {
        getEntityManager().createNativeQuery("""
                        insert into department (region_code, region_name, code, name) values (?1, ?2, ?3, ?4)
                        on conflict (region_code, code) do nothing""")
                .setParameter(1, regionCode).setParameter(2, regionName).setParameter(3, code).setParameter(4, name)
                .executeUpdate();
        Department department = find("regionCode = ?1 and code = ?2", regionCode, code).singleResult();
        department.rename(regionName, name);
        return department;
    }

    /**
     * Keeps the region as catalog-service names it, with its chain of parents, and gives every department
     * of the region, and every version of their budgets, that name, so that no package's own spelling of it
     * (nor an older one of the catalog's) shows anywhere.
     */
    public void keepRegion(String code, CatalogRegion region) {
        getEntityManager().createNativeQuery("insert into region (code, name, path_codes) values (?1, ?2, ?3) "
                        + "on conflict (code) do update set name = excluded.name, path_codes = excluded.path_codes")
                .setParameter(1, code).setParameter(2, region.displayName()).setParameter(3, region.pathCodes())
                .executeUpdate();
        getEntityManager().createNativeQuery("update department set region_name = ?2 where region_code = ?1 and region_name <> ?2")
                .setParameter(1, code).setParameter(2, region.displayName())
                .executeUpdate();
        getEntityManager().createNativeQuery("update budget_version v set region_name = ?2 from budget b "
                        + "join department d on d.id = b.department_id "
                        + "where v.budget_id = b.id and d.region_code = ?1 and v.region_name <> ?2")
                .setParameter(1, code).setParameter(2, region.displayName())
                .executeUpdate();
    }

    public java.util.Optional<Department> find(String regionCode, String code) {
        return find("regionCode = ?1 and code = ?2", regionCode, code).firstResultOptional();
    }

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
