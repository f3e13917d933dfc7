package io.yusuan.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the repeatable migration does to a database whose shipped lists are out of date. Each case runs
 * in a transaction it rolls back, so the shared test database keeps its migrated state.
 */
@QuarkusTest
class ShippedCatalogRefreshTest {

    private static final String FUNCTIONAL_2026 = "scheme_id = 'functional' and fiscal_year = 2026";

    @Inject
    DataSource dataSource;

    @Test
    void bringsAYearStillAsShippedUpToDateWithItsFile() throws Exception {
        inRolledBackTransaction(connection -> {
            execute(connection, "update classification_code set name = '巩固脱贫衔接乡村振兴' where " + FUNCTIONAL_2026
                    + " and code = '21305'");
            execute(connection, "delete from classification_code where " + FUNCTIONAL_2026 + " and code = '2100201'");
            String catalogVersion = single(connection, "select version from catalog_state");

            new ShippedCatalog(connection).refresh();

            assertThat(single(connection, "select name from classification_code where " + FUNCTIONAL_2026
                    + " and code = '21305'")).isEqualTo("巩固脱贫攻坚成果衔接乡村振兴");
            assertThat(single(connection, "select name from classification_code where " + FUNCTIONAL_2026
                    + " and code = '2100201'")).isEqualTo("综合医院");
            assertThat(single(connection, "select version from catalog_state")).isNotEqualTo(catalogVersion);
        });
    }

    @Test
    void leavesAYearAnAdministratorLoadedAsItIs() throws Exception {
        inRolledBackTransaction(connection -> {
            execute(connection, "update scheme_year set shipped = false where " + FUNCTIONAL_2026);
            execute(connection, "update classification_code set name = '巩固脱贫衔接乡村振兴' where " + FUNCTIONAL_2026
                    + " and code = '21305'");
            String yearVersion = single(connection, "select version from scheme_year where " + FUNCTIONAL_2026);

            new ShippedCatalog(connection).refresh();

            assertThat(single(connection, "select name from classification_code where " + FUNCTIONAL_2026
                    + " and code = '21305'")).isEqualTo("巩固脱贫衔接乡村振兴");
            assertThat(single(connection, "select version from scheme_year where " + FUNCTIONAL_2026)).isEqualTo(yearVersion);
        });
    }

    @Test
    void replacesTheShippedCorrespondenceCrosswalksAndCofogOutright() throws Exception {
        inRolledBackTransaction(connection -> {
            execute(connection, "delete from economic_correspondence where fiscal_year = 2022 and department_code = '30101'");
            execute(connection, "update cofog_mapping set cofog_code = '99' where functional_code = '201'");

            new ShippedCatalog(connection).refresh();

            assertThat(single(connection, "select government_code_institution from economic_correspondence"
                    + " where fiscal_year = 2022 and department_code = '30101'")).isEqualTo("50501");
            assertThat(single(connection, "select cofog_code from cofog_mapping where functional_code = '201'"))
                    .isEqualTo("01");
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

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); var row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
