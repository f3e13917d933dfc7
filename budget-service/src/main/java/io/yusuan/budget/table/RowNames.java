package io.yusuan.budget.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String CLASSIFICATION =
            "select scheme, code, name from classification_name where fiscal_year = ? order by scheme, code";

    /** Names by scheme, then code, in code order. */
    public Map<String, Map<String, String>> classification(int year) {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Object result : entityManager.createNativeQuery(CLASSIFICATION).setParameter(1, year).getResultList()) {
            Object[] row = (Object[]) result;
            names.computeIfAbsent((String) row[0], s -> new LinkedHashMap<>()).put((String) row[1], (String) row[2]);
        }
        return names;
    }

    /** {@link #classification(int)} read on {@code connection}: a region's roll-up reads through its own datasource. */
    public static Map<String, Map<String, String>> classification(Connection connection, int year) throws SQLException {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(CLASSIFICATION)) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    names.computeIfAbsent(row.getString(1), s -> new LinkedHashMap<>()).put(row.getString(2), row.getString(3));
                }
            }
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
