package io.yusuan.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
        Sql.inRolledBackTransaction(dataSource, connection -> {
            Sql.execute(connection, "update classification_code set name = '巩固脱贫衔接乡村振兴' where " + FUNCTIONAL_2026
                    + " and code = '21305'");
            Sql.execute(connection, "delete from classification_code where " + FUNCTIONAL_2026 + " and code = '2100201'");
            String catalogVersion = Sql.single(connection, "select version from catalog_state");

            new ShippedCatalog(connection).refresh();

            assertThat(Sql.single(connection, "select name from classification_code where " + FUNCTIONAL_2026
                    + " and code = '21305'")).isEqualTo("巩固脱贫攻坚成果衔接乡村振兴");
            assertThat(Sql.single(connection, "select name from classification_code where " + FUNCTIONAL_2026
                    + " and code = '2100201'")).isEqualTo("综合医院");
            assertThat(Sql.single(connection, "select version from catalog_state")).isNotEqualTo(catalogVersion);
        });
    }

    @Test
    void leavesAYearAnAdministratorLoadedAsItIs() throws Exception {
        Sql.inRolledBackTransaction(dataSource, connection -> {
            Sql.execute(connection, "update scheme_year set shipped = false where " + FUNCTIONAL_2026);
            Sql.execute(connection, "update classification_code set name = '巩固脱贫衔接乡村振兴' where " + FUNCTIONAL_2026
                    + " and code = '21305'");
            String yearVersion = Sql.single(connection, "select version from scheme_year where " + FUNCTIONAL_2026);

            new ShippedCatalog(connection).refresh();

            assertThat(Sql.single(connection, "select name from classification_code where " + FUNCTIONAL_2026
                    + " and code = '21305'")).isEqualTo("巩固脱贫衔接乡村振兴");
            assertThat(Sql.single(connection, "select version from scheme_year where " + FUNCTIONAL_2026)).isEqualTo(yearVersion);
        });
    }

    @Test
    void replacesTheShippedCorrespondenceCrosswalksAndCofogOutright() throws Exception {
        Sql.inRolledBackTransaction(dataSource, connection -> {
            Sql.execute(connection, "delete from economic_correspondence where fiscal_year = 2022 and department_code = '30101'");
            Sql.execute(connection, "update cofog_mapping set cofog_code = '99' where functional_code = '201'");

            new ShippedCatalog(connection).refresh();

            assertThat(Sql.single(connection, "select government_code from economic_correspondence"
                    + " where fiscal_year = 2022 and department_code = '30101' and unit_column = 'INSTITUTION'"))
                    .isEqualTo("50501");
            assertThat(Sql.single(connection, "select cofog_code from cofog_mapping where functional_code = '201'"))
                    .isEqualTo("01");
        });
    }

    @Test
    void leavesACorrespondenceAnAdministratorLoadedAsItIs() throws Exception {
        Sql.inRolledBackTransaction(dataSource, connection -> {
            Sql.execute(connection, "update correspondence_year set shipped = false where fiscal_year = 2024");
            Sql.execute(connection, "delete from economic_correspondence where fiscal_year = 2024 and department_code = '30101'");

            new ShippedCatalog(connection).refresh();

            assertThat(Sql.single(connection, "select count(*) from economic_correspondence"
                    + " where fiscal_year = 2024 and department_code = '30101'")).isEqualTo("0");
        });
    }

    @Test
    void everyYearOfTheIndexIsLoadedWithItsCoverageAndItsCorrespondence() throws Exception {
        Sql.inRolledBackTransaction(dataSource, connection -> {
            assertThat(Sql.single(connection, "select string_agg(distinct fiscal_year::text, ',' order by fiscal_year::text)"
                    + " from scheme_year where shipped")).isEqualTo("2021,2022,2023,2024,2025,2026");
            assertThat(Sql.single(connection, "select string_agg(fiscal_year::text, ',' order by fiscal_year)"
                    + " from correspondence_year where shipped")).isEqualTo("2021,2022,2023,2024,2025,2026");
            assertThat(Sql.single(connection, "select coverage from scheme_year where scheme_id = 'functional'"
                    + " and fiscal_year = 2022")).isEqualTo("PARTIAL");
            assertThat(Sql.single(connection, "select coverage from scheme_year where " + FUNCTIONAL_2026))
                    .isEqualTo("PROVISIONAL");
        });
    }
}
