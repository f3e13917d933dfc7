package io.yusuan.budget.history;

import io.yusuan.budget.version.Budget;
import io.yusuan.budget.version.BudgetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The 变更记录 of budgets: written by every write in its own transaction, read oldest first. */
@ApplicationScoped
public class BudgetHistory {

    private final EntityManager entityManager;

    public BudgetHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records that {@code actor} did {@code action} to {@code version} at {@code at}; the version is flushed. */
    public void record(BudgetVersion version, HistoryAction action, String actor, OffsetDateTime at, String summary) {
        entityManager.createNativeQuery("""
                insert into budget_history (budget_id, version_id, version, action, actor, at, summary)
                select budget_id, id, number, ?2, ?3, ?4, ?5 from budget_version where id = ?1""")
                .setParameter(1, version.id()).setParameter(2, action.name()).setParameter(3, actor)
                .setParameter(4, at).setParameter(5, summary).executeUpdate();
    }

    /**
     * The budget's entries, oldest first.
     *
     * @param drafts whether entries of versions not (yet) published are shown too
     */
    public List<HistoryEntry> of(Budget budget, boolean drafts) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select h.version, h.action, h.actor, h.at, h.summary from budget_history h
                join budget_version v on v.id = h.version_id
                where h.budget_id = ?1 and (?2 or v.status = 'PUBLISHED') order by h.id""", Object[].class)
                .setParameter(1, budget.id()).setParameter(2, drafts).getResultList();
        return rows.stream().map(row -> new HistoryEntry(((Number) row[0]).intValue(),
                HistoryAction.valueOf((String) row[1]), (String) row[2], at(row[3]), (String) row[4])).toList();
    }

    /** A timestamptz of a native query, which Hibernate reads as an instant. */
    private static OffsetDateTime at(Object value) {
        return ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
