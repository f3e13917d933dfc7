package io.yusuan.performance.target;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PerformanceTargetRepository implements PanacheRepository<PerformanceTarget> {

    public Optional<PerformanceTarget> find(String region, String department, int year, Scope scope, String project) {
        return find("regionCode = ?1 and departmentCode = ?2 and fiscalYear = ?3 and scope = ?4 and projectCode = ?5",
                region, department, year, scope, project).firstResultOptional();
    }

    public List<PerformanceTarget> projects(String region, String department, int year) {
        return list("regionCode = ?1 and departmentCode = ?2 and fiscalYear = ?3 and scope = ?4 order by projectCode",
                region, department, year, Scope.PROJECT);
    }

    /** The target row, created on first write; inserted with on-conflict so two first writes do not collide. */
    public PerformanceTarget lockOrCreate(String region, String department, int year, Scope scope, String project) {
        getEntityManager().createNativeQuery("""
                        insert into performance_target (region_code, department_code, fiscal_year, scope, project_code,
                            department_name, annual_goal, budget_version, funding, revision)
                        values (?1, ?2, ?3, ?4, ?5, '', '', 0, '{}', 0) on conflict do nothing""")
                .setParameter(1, region).setParameter(2, department).setParameter(3, year)
                .setParameter(4, scope.name()).setParameter(5, project).executeUpdate();
        return find("regionCode = ?1 and departmentCode = ?2 and fiscalYear = ?3 and scope = ?4 and projectCode = ?5",
                region, department, year, scope, project)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).singleResult();
    }
}
