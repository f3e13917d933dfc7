package io.yusuan.budget.table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Selects sent to the database at once: a table's sections are a few milliseconds each, and a round trip apiece would
 * add up to a good part of them. Sent in one message without an open transaction, they still run in one (PostgreSQL's
 * implicit transaction of an extended-protocol batch), so they read the same data.
 */
public final class SqlBatch {

    private SqlBatch() {
    }

    /** The rows of each select of {@code statements}, in order, each row as its columns' values. */
    public static List<List<Object[]>> results(Connection connection, List<String> statements) throws SQLException {
        List<List<Object[]>> results = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            boolean rows = statement.execute(String.join(";\n", statements));
            while (rows || statement.getUpdateCount() != -1) {
                if (rows) {
                    try (ResultSet result = statement.getResultSet()) {
                        results.add(rows(result));
                    }
                }
                rows = statement.getMoreResults();
            }
        }
        return results;
    }

    private static List<Object[]> rows(ResultSet result) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = result.getObject(i + 1);
            }
            rows.add(row);
        }
        return rows;
    }
}
