package io.yusuan.catalog.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Plain JDBC for tests that look under the API, on the shared test database. */
final class Sql {

    interface Work {
        void run(Connection connection) throws Exception;
    }

    private Sql() {
    }

    /** Runs the work in a transaction that is rolled back, so the shared database keeps its state. */
    static void inRolledBackTransaction(DataSource dataSource, Work work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** The first column of the query's first row. */
    static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
