package io.yusuan.budget.version;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.yusuan.budget.department.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class BudgetRepository implements PanacheRepository<Budget> {

    public Optional<Budget> find(String region, String department, int year) {
        return find("department.regionCode = ?1 and department.code = ?2 and fiscalYear = ?3", region, department, year)
                .firstResultOptional();
    }

    /**
     * The budget of a department and year, created if new, and locked for the rest of the
     * transaction: two loads of the same draft at once run one after the other, never interleaved.
     */
    public Budget lockOrCreate(Department department, int year) {
        getEntityManager().createNativeQuery(
                        "insert into budget (department_id, fiscal_year) values (?1, ?2) on conflict do nothing")
                .setParameter(1, department.id()).setParameter(2, year).executeUpdate();
        return find("department = ?1 and fiscalYear = ?2", department, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
    }
}
