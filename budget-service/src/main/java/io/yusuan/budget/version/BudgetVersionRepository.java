package io.yusuan.budget.version;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BudgetVersionRepository implements PanacheRepository<BudgetVersion> {

    public List<BudgetVersion> versions(Budget budget) {
        return list("budget = ?1 order by number", budget);
    }

    /** The version not yet published, if any (at most one is open). */
    public Optional<BudgetVersion> open(Budget budget) {
        return find("budget = ?1 and status <> ?2", budget, VersionStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<BudgetVersion> latestPublished(Budget budget) {
        return find("budget = ?1 and status = ?2 order by number desc", budget, VersionStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<BudgetVersion> byNumber(Budget budget, int number) {
        return find("budget = ?1 and number = ?2", budget, number).firstResultOptional();
    }

    public int nextNumber(Budget budget) {
        Integer max = find("select max(v.number) from BudgetVersion v where v.budget = ?1", budget)
                .project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }
}
