package io.yusuan.budget.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class FundingResourceTest {

    @InjectServiceStub
    WireMockServer catalog;

    @Test
    void givesTheBudgetsAndEachProjectsFundingBySource() {
        CatalogStubs.answer2022(catalog);
        given().contentType(ContentType.JSON).body(Packages.source("703").toString())
                .when().put("/api/v1/regions/410304/departments/703/budgets/2022/draft").then().statusCode(200);
        given().when().get("/api/v1/regions/410304/departments/703/budgets/2022/funding").then().statusCode(200)
                .body("total.total", is(1730700.00f))
                .body("total.governmentBudget", is(1730700.00f))
                .body("total.specialAccount", is(0))
                .body("total.basic", is(1346700.00f))
                .body("total.project", is(384000.00f))
                .body("projects", hasSize(6))
                .body("projects.find { it.code == '410304220000000006846' }.name", is("政务服务工作经费"))
                .body("projects.find { it.code == '410304220000000006846' }.funding.total", is(200000.00f))
                .body("projects.find { it.code == '410304220000000006846' }.unitName", is("河南省洛阳市瀍河回族区政务服务和大数据管理局"));
    }
}
