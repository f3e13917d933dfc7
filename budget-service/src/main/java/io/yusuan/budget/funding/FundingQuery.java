package io.yusuan.budget.funding;

import io.yusuan.budget.load.ExpenditureKind;
import io.yusuan.budget.load.Fund;
import io.yusuan.budget.rules.LineRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Sums a version's lines by source of funds, for the whole budget and by project, in the database. */
@ApplicationScoped
public class FundingQuery {

    private static final String SUMS = "coalesce(sum(l.amount), 0)"
            + sum(LineRules.FISCAL) + sum(LineRules.fund(Fund.SPECIAL_ACCOUNT)) + sum(LineRules.fund(Fund.UNIT_FUNDS))
            + sum(LineRules.kind(ExpenditureKind.BASIC)) + sum(LineRules.kind(ExpenditureKind.PROJECT));

    private final EntityManager entityManager;

    private static String sum(String predicate) {
        return ", coalesce(sum(l.amount) filter (where " + predicate + "), 0)";
    }

    public FundingQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Funding total(long version) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select " + SUMS
                + " from expenditure_line l where l.version_id = ?1").setParameter(1, version).getSingleResult();
        return funding(row, 0);
    }

    public List<ProjectFunding> projects(long version) {
        List<ProjectFunding> projects = new ArrayList<>();
        for (Object result : entityManager.createNativeQuery("select p.code, p.name, p.unit_code, u.name, p.category, " + SUMS + """
                 from project p
                join budget_unit u on u.version_id = p.version_id and u.code = p.unit_code
                left join expenditure_line l on l.version_id = p.version_id and l.project_code = p.code
                where p.version_id = ?1
                group by p.code, p.name, p.unit_code, u.name, p.category
                order by p.code""").setParameter(1, version).getResultList()) {
            Object[] row = (Object[]) result;
            projects.add(new ProjectFunding((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], funding(row, 5)));
        }
        return projects;
    }

    private static Funding funding(Object[] row, int from) {
        return new Funding((BigDecimal) row[from], (BigDecimal) row[from + 1], (BigDecimal) row[from + 2],
                (BigDecimal) row[from + 3], (BigDecimal) row[from + 4], (BigDecimal) row[from + 5]);
    }
}
