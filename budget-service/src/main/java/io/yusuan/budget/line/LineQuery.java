package io.yusuan.budget.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lines of a version by filter, after a position, in package order: keyset paging on the line number. */
@ApplicationScoped
public class LineQuery {

    private final EntityManager entityManager;

    public LineQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<LineView> page(long version, LineFilter filter, int after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select line_no, unit_code, function_code, kind, category, project_code, economic_code,
                    government_economic_code, fund, carryover, amount
                from expenditure_line where version_id = ?1 and line_no > ?2""");
        List<Object> parameters = new ArrayList<>(List.of(version, after));
        if (filter.functionPrefix() != null) {
            sql.append(" and function_code like ?").append(parameters.size() + 1);
            parameters.add(filter.functionPrefix() + "%");
        }
        if (filter.economicPrefix() != null) {
            sql.append(" and economic_code like ?").append(parameters.size() + 1);
            parameters.add(filter.economicPrefix() + "%");
        }
        if (filter.kind() != null) {
            sql.append(" and kind = ?").append(parameters.size() + 1);
            parameters.add(filter.kind());
        }
        if (filter.fund() != null) {
            sql.append(" and fund = ?").append(parameters.size() + 1);
            parameters.add(filter.fund());
        }
        if (filter.project() != null) {
            sql.append(" and project_code = ?").append(parameters.size() + 1);
            parameters.add(filter.project());
        }
        sql.append(" order by line_no limit ?").append(parameters.size() + 1);
        parameters.add(limit);
        Query query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<LineView> lines = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            lines.add(new LineView(((Number) row[0]).intValue(), (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], (Boolean) row[9],
                    (BigDecimal) row[10]));
        }
        return lines;
    }
}
