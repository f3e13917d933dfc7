package io.yusuan.budget.version;

import io.yusuan.budget.load.ExpenditureKind;
import io.yusuan.budget.load.Fund;
import io.yusuan.budget.rules.LineRules;
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
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select (select coalesce(sum(amount), 0) from revenue_line where version_id = ?1), coalesce(sum(amount), 0)"
                        + sum(LineRules.kind(ExpenditureKind.BASIC)) + sum(LineRules.PERSONNEL) + sum(LineRules.PUBLIC)
                        + sum(LineRules.kind(ExpenditureKind.PROJECT)) + sum(LineRules.fund(Fund.GENERAL_PUBLIC_BUDGET))
                        + ", count(*) from expenditure_line l where l.version_id = ?1")
                .setParameter(1, version).getSingleResult();
        return new VersionTotals((BigDecimal) row[0], (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
                (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], ((Number) row[7]).longValue());
    }

    private static String sum(String condition) {
        return ", coalesce(sum(l.amount) filter (where " + condition + "), 0)";
    }
}
