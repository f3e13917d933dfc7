package io.yusuan.budget.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names a version's rows print: classification names of its year, its units and its projects. */
@ApplicationScoped
public class RowNames {

    private final EntityManager entityManager;

    public RowNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Names by scheme, then code, in code order. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, String>> classification(int year) {
        // three columns: every result is an Object[]
        return classification((List<Object[]>) entityManager.createNativeQuery(classificationSql(year)).getResultList());
    }

    /** The select of a year's names: scheme, code, name, in code order ({@link #classification(List)} reads it). */
    public static String classificationSql(int year) {
        return "select scheme, code, name from classification_name where fiscal_year = " + year + " order by scheme, code";
    }

    /** The rows of {@link #classification(int)}'s select as names by scheme, then code. */
    public static Map<String, Map<String, String>> classification(List<Object[]> rows) {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.computeIfAbsent((String) row[0], s -> new LinkedHashMap<>()).put((String) row[1], (String) row[2]);
        }
        return names;
    }

    public Map<String, String> units(long version) {
        return pairs("select code, name from budget_unit where version_id = ?1", version);
    }

    public Map<String, String> projects(long version) {
        return pairs("select code, name from project where version_id = ?1", version);
    }

    public Map<String, String> projectCategories(long version) {
        return pairs("select code, category from project where version_id = ?1", version);
    }

    public Map<String, String> projectUnits(long version) {
        return pairs("select code, unit_code from project where version_id = ?1", version);
    }

    private Map<String, String> pairs(String sql, long version) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, version).getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            pairs.put((String) row[0], (String) row[1]);
        }
        return pairs;
    }
}
