package io.yusuan.budget.line;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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

@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class LineAndFindingResourceTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/702/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void loadTheSourcePackage() {
        CatalogStubs.answer2022(catalog);
        given().contentType(ContentType.JSON).body(Packages.source("702").toString())
                .when().put(BUDGET + "/draft").then().statusCode(200);
    }

    @Test
    void filtersLinesByFunctionalAndEconomicCodePrefixKindFundAndProject() {
        given().queryParam("function", "20103").queryParam("kind", "PROJECT").when().get(BUDGET + "/lines")
                .then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.functionCode", everyItem(is("2010399")));
        given().queryParam("economic", "302").when().get(BUDGET + "/lines")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.economicCode", everyItem(startsWith("302")));
        given().queryParam("project", "410304220000000006846").queryParam("fund", "GENERAL_PUBLIC_BUDGET")
                .when().get(BUDGET + "/lines")
                .then().statusCode(200)
                .body("items.amount", contains(200000.00f));
    }

    @Test
    void theLastPageOfLinesHasNoNextKey() {
        // absent, as the document says, rather than null where it promises a string
        given().when().get(BUDGET + "/lines").then().statusCode(200).body("$", not(hasKey("next")));
    }

    @Test
    void pagesTheLinesWithACursor() {
        String next = given().queryParam("limit", 15).when().get(BUDGET + "/lines")
                .then().statusCode(200).body("items", hasSize(15)).body("next", notNullValue())
                .extract().path("next");
        given().queryParam("limit", 15).queryParam("cursor", next).when().get(BUDGET + "/lines")
                .then().statusCode(200).body("items", hasSize(5)).body("items[0].index", is(15)).body("next", nullValue());
        given().queryParam("cursor", "!!").when().get(BUDGET + "/lines").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAnUnknownKindOrFund() {
        given().queryParam("kind", "OTHER").when().get(BUDGET + "/lines").then().statusCode(400)
                .body("errors[0].pointer", is("kind"));
        given().queryParam("fund", "LOTTERY").when().get(BUDGET + "/lines").then().statusCode(400)
                .body("errors[0].pointer", is("fund"));
    }

    @Test
    void servesTheFindingsOfTheVersion() {
        given().when().get(BUDGET + "/findings").then().statusCode(200)
                .body("version", is(1))
                .body("errors", is(0))
                .body("warnings", is(2))
                .body("findings.code", everyItem(is("CORRESPONDENCE_DEVIATION")))
                .body("findings.pointer", everyItem(startsWith("/expenditures/")));
    }
}
