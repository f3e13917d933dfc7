package io.yusuan.catalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * V4 brings a database whose 2026 list was loaded before 21305's rename up to date. Each case runs in
 * a transaction it rolls back, so the shared test database keeps its migrated state.
 */
@QuarkusTest
class Rename21305MigrationTest {

    private static final String OLD_NAME = "巩固脱贫衔接乡村振兴";
    private static final String NEW_NAME = "巩固脱贫攻坚成果衔接乡村振兴";

    @Inject
    DataSource dataSource;

    @Test
    void renamesTheShippedProvisionalRowAndChangesTheETagVersions() throws Exception {
        inRolledBackTransaction(connection -> {
            setRow(connection, OLD_NAME, "provisional");
            long yearVersion = yearVersion(connection);
            long catalogVersion = catalogVersion(connection);

            runMigration(connection);

            assertEquals(NEW_NAME, name(connection));
            assertEquals(yearVersion + 1, yearVersion(connection));
            assertEquals(catalogVersion + 1, catalogVersion(connection));
        });
    }

    @Test
    void leavesAListAnAdministratorLoadedAsItIs() throws Exception {
        inRolledBackTransaction(connection -> {
            setRow(connection, OLD_NAME, "财政部《2026年政府收支分类科目》");
            long yearVersion = yearVersion(connection);
            long catalogVersion = catalogVersion(connection);

            runMigration(connection);

            assertEquals(OLD_NAME, name(connection));
            assertEquals(yearVersion, yearVersion(connection));
            assertEquals(catalogVersion, catalogVersion(connection));
        });
    }

    @Test
    void changesNothingInADatabaseThatAlreadyHasTheNewName() throws Exception {
        inRolledBackTransaction(connection -> {
            long catalogVersion = catalogVersion(connection);

            runMigration(connection);

            assertEquals(NEW_NAME, name(connection));
            assertEquals(catalogVersion, catalogVersion(connection));
        });
    }

    private interface ConnectionWork {
        void run(Connection connection) throws Exception;
    }

    private void inRolledBackTransaction(ConnectionWork work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void runMigration(Connection connection) throws IOException, SQLException {
        try (InputStream sql = Rename21305MigrationTest.class.getResourceAsStream("/db/migration/V4__Rename_21305_in_2026.sql");
             Statement statement = connection.createStatement()) {
            statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void setRow(Connection connection, String name, String provenance) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update classification_code set name = ?, provenance = ?
                 where scheme_id = 'functional' and fiscal_year = 2026 and code = '21305'""")) {
            update.setString(1, name);
            update.setString(2, provenance);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String name(Connection connection) throws SQLException {
        return single(connection, "select name from classification_code"
                + " where scheme_id = 'functional' and fiscal_year = 2026 and code = '21305'");
    }

    private static long yearVersion(Connection connection) throws SQLException {
        return Long.parseLong(single(connection,
                "select version from scheme_year where scheme_id = 'functional' and fiscal_year = 2026"));
    }

    private static long catalogVersion(Connection connection) throws SQLException {
        return Long.parseLong(single(connection, "select version from catalog_state"));
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
