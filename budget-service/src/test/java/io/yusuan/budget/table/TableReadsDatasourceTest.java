package io.yusuan.budget.table;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A published version's tables are derived through the read-only datasource reads (a replica where there is one), a
 * draft's through the primary: seen in the pools' own counts of connections handed out.
 */
@QuarkusTest
class TableReadsDatasourceTest {

    private static final String TABLE = "/api/v1/regions/410304/departments/{d}/budgets/2022/tables/05";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @Inject
    @DataSource("reads")
    AgroalDataSource reads;

    @Inject
    AgroalDataSource primary;

    @Test
    void aPublishedVersionsTablesAreReadThroughTheReadOnlyDatasource() {
        CatalogStubs.answer2022(catalog);
        publications.publish("T5", Packages.source("T5"));
        long before = reads.getMetrics().acquireCount();

        given().get(TABLE, "T5").then().statusCode(200);

        assertThat(reads.getMetrics().acquireCount()).isGreaterThan(before);
    }

    @Test
    @TestSecurity(user = "editor", roles = Roles.EDITOR,
            attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
    void aDraftsTablesAreReadFromThePrimary() {
        CatalogStubs.answer2022(catalog);
        publications.load("T6", Packages.source("T6"));
        long before = reads.getMetrics().acquireCount();
        long primaryBefore = primary.getMetrics().acquireCount();

        given().get(TABLE, "T6").then().statusCode(200).body("status", is("DRAFT"));

        assertThat(reads.getMetrics().acquireCount()).isEqualTo(before);
        assertThat(primary.getMetrics().acquireCount()).isGreaterThan(primaryBefore);
    }
}
