package io.yusuan.performance.target;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
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

    /**
     * What the stored targets of a department's year are at: each target's id, revision and latest report of actuals,
     * or empty when there are none. Every write changes it, so it stands in an ETag for anything read from the targets
     * without the targets being read.
     *
     * @param scope   only targets of this scope, or all when null
     * @param project only this project's target (with scope PROJECT), or all when null
     */
    public Optional<String> revisions(String region, String department, int year, Scope scope, String project) {
        // actual_report is the evaluation's table; its ids only grow, so the greatest one tells that a report was added
        String sql = "select string_agg(t.id || '.' || t.revision || '.' || coalesce((select max(a.id) from actual_report a "
                + "where a.target_id = t.id), 0), ',' order by t.id) from performance_target t "
                + "where t.region_code = ?1 and t.department_code = ?2 and t.fiscal_year = ?3"
                + (scope == null ? "" : " and t.scope = ?4") + (project == null ? "" : " and t.project_code = ?5");
        Query query = getEntityManager().createNativeQuery(sql, String.class)
                .setParameter(1, region).setParameter(2, department).setParameter(3, year);
        if (scope != null) {
            query.setParameter(4, scope.name());
        }
        if (project != null) {
            query.setParameter(5, project);
        }
        return Optional.ofNullable((String) query.getSingleResult());
    }
}
