package io.yusuan.budget.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.postgres.EmbeddedPostgresResource;
import io.yusuan.testing.stub.InjectServiceStub;
import io.yusuan.testing.stub.ServiceStubResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * budget-service without the address of performance-service (QUARKUS_REST_CLIENT_PERFORMANCE_URL unset, as it may
 * be): it starts, and the disclosure document is served, with a note for tables 12 and 13 saying why they are not in
 * it. Department 903, a draft of the source package.
 */
@QuarkusTest
@TestProfile(DisclosureWithoutPerformanceServiceTest.WithoutPerformanceService.class)
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class DisclosureWithoutPerformanceServiceTest {

    /** The database and catalog-service's stand-in, and no performance-service. */
    public static class WithoutPerformanceService implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class, Map.of("database", "budget")),
                    new TestResourceEntry(ServiceStubResource.class, Map.of("client", "catalog")));
        }
    }

    @InjectServiceStub
    WireMockServer catalog;

    @Test
    void theDocumentIsServedWithANoteForTables12And13() {
        CatalogStubs.answer2022(catalog);
        given().contentType(ContentType.JSON).body(Packages.source("903").toString())
                .when().put("/api/v1/regions/410304/departments/903/budgets/2022/draft").then().statusCode(200);
        String html = given().accept("text/html").when()
                .get("/api/v1/regions/410304/departments/903/budgets/2022/disclosure").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertThat(html.split("未配置绩效目标服务的地址（QUARKUS_REST_CLIENT_PERFORMANCE_URL），本文档未载本表。"))
                .as("the note of tables 12 and 13").hasSize(3);
        assertThat(html).contains("/api/v1/regions/410304/departments/903/performance/2022/tables/12")
                .contains("/api/v1/regions/410304/departments/903/performance/2022/tables/13");
    }
}
