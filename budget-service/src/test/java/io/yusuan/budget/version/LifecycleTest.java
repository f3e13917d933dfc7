package io.yusuan.budget.version;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
// the region's budget office at once editing and approving: these tests are of what the steps do, not of who may
@TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.APPROVER},
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class LifecycleTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    private static void load(String department, ObjectNode budget) {
        given().contentType(ContentType.JSON).body(budget.toString())
                .when().put(BUDGET + "/draft", department).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse step(String department, String step) {
        return given().when().post(BUDGET + "/" + step, department).then();
    }

    private static io.restassured.response.ValidatableResponse approve(String department) {
        return given().contentType(ContentType.JSON).body(Map.of("approvalDate", "2022-02-01", "approvedBy", "区财政局"))
                .when().post(BUDGET + "/draft/approve", department).then();
    }

    @Test
    void goesFromDraftThroughApprovalToPublishedWithItsDeadline() {
        load("401", Packages.source("401"));
        step("401", "draft/submit").statusCode(200).body("status", is("SUBMITTED"));
        approve("401").statusCode(200)
                .body("status", is("APPROVED"))
                .body("approvalDate", is("2022-02-01"))
                .body("approvedBy", is("区财政局"))
                .body("publicationDeadline", is("2022-02-21"));
        step("401", "draft/publish").statusCode(200)
                .body("status", is("PUBLISHED"))
                .body("publishedOnTime", is(false));
    }

    @Test
    void illegalTransitionsAre409NamingTheCurrentStatus() {
        load("402", Packages.source("402"));
        step("402", "draft/publish").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("DRAFT"));
        approve("402").statusCode(409).body("detail", containsString("DRAFT"));
        step("402", "draft/submit").statusCode(200);
        step("402", "draft/submit").statusCode(409).body("detail", containsString("SUBMITTED"));
        given().contentType(ContentType.JSON).body(Packages.source("402").toString())
                .when().put(BUDGET + "/draft", "402").then().statusCode(409).body("detail", containsString("SUBMITTED"));
        step("402", "adjustments").statusCode(409).body("detail", containsString("SUBMITTED"));
    }

    @Test
    void aPublishedBudgetChangesOnlyByAnAdjustmentMeasuredAgainstTheFirstPublication() {
        load("403", Packages.source("403"));
        step("403", "draft/submit").statusCode(200);
        approve("403").statusCode(200);
        step("403", "draft/publish").statusCode(200);
        given().contentType(ContentType.JSON).body(Packages.source("403").toString())
                .when().put(BUDGET + "/draft", "403").then().statusCode(409).body("detail", containsString("PUBLISHED"));

        step("403", "adjustments").statusCode(200).body("number", is(2)).body("basedOn", is(1)).body("status", is("DRAFT"));
        given().when().get(BUDGET, "403").then().statusCode(200)
                .body("currentVersion", is(2))
                .body("totals.expenditure", is(1730700.00f));

        ObjectNode adjusted = Packages.source("403");
        ((ObjectNode) adjusted.get("expenditures").get(14)).put("amount", 243270.00);
        ((ObjectNode) adjusted.get("revenues").get(0)).put("amount", 1773970.00);
        load("403", adjusted);
        step("403", "draft/submit").statusCode(200);
        approve("403").statusCode(200);
        step("403", "draft/publish").statusCode(200);
        given().when().get(BUDGET, "403").then().statusCode(200)
                .body("versions.number", contains(1, 2))
                .body("adjustmentRate", is(2.50f));
    }

    @Test
    void editorsSeeTheDraftTheirTotalsIncluded() {
        load("405", Packages.source("405"));
        given().when().get(BUDGET, "405").then().statusCode(200)
                .body("versions.status", contains("DRAFT"))
                .body("adjustmentRate", nullValue())
                .body("departmentName", is("河南省洛阳市瀍河回族区政务服务和大数据管理局"));
    }
}
