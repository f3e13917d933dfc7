package io.yusuan.budget.load;

import static io.restassured.RestAssured.given;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A package is read strictly, by problem-details' JSON reading that every service shares. */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class StrictPackageJsonTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/S01/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    @Test
    void duplicateKeysTrailingGarbageAndNulAreRefusedAndNothingIsStored() {
        String budget = Packages.source("S01").toString();
        String name = "\"name\":\"河南省洛阳市瀍河回族区政务服务和大数据管理局\"";
        for (String body : new String[] {budget.replaceFirst("\\{", "{\"fiscalYear\": 2022, "), budget + " []",
                budget.replace(name, name.replace("洛阳市", "洛阳市\\u0000"))}) {
            given().contentType(ContentType.JSON).body(body).when().put(BUDGET + "/draft").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().when().get(BUDGET).then().statusCode(404);
    }
}
