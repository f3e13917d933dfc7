package io.yusuan.budget.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/** A version's headline totals, summed in the database. */
@ApplicationScoped
public class VersionTotalsQuery {

    private final EntityManager entityManager;

    public VersionTotalsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public VersionTotals of(long version) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select (select coalesce(sum(amount), 0) from revenue_line where version_id = ?1),
                       coalesce(sum(amount), 0),
                       coalesce(sum(amount) filter (where kind = 'BASIC'), 0),
                       coalesce(sum(amount) filter (where category = 'PERSONNEL'), 0),
                       coalesce(sum(amount) filter (where category = 'PUBLIC'), 0),
                       coalesce(sum(amount) filter (where kind = 'PROJECT'), 0),
                       coalesce(sum(amount) filter (where fund = 'GENERAL_PUBLIC_BUDGET'), 0),
                       count(*)
                from expenditure_line where version_id = ?1""").setParameter(1, version).getSingleResult();
        return new VersionTotals((BigDecimal) row[0], (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
                (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], ((Number) row[7]).longValue());
    }
}
