package io.yusuan.performance.target;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.yusuan.performance.DemoTargets;
import io.yusuan.performance.TestTokens;
import io.yusuan.performance.access.PerformanceRoles;
import io.yusuan.testing.stub.InjectServiceStub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may write: performance-editor targets, performance-evaluator actuals, each only for a department its token's
 * scope covers. A refused write asks budget-service nothing and stores nothing.
 */
@QuarkusTest
class TargetAuthorizationTest {

    private static final String REGION = "429921";
    private static final String WINDOWS = "410304220000000006846";
    private static final String TARGET = DemoTargets.path(REGION) + "/projects/" + WINDOWS;
    private static final String OVERALL = DemoTargets.path(REGION) + "/overall";
    private static final Map<String, Object> BODY = Map.of("annualGoal", "x", "indicators", List.of());
    private static final Map<String, Object> OVERALL_BODY = Map.of("annualGoal", "x", "tasks", List.of(),
            "indicators", List.of());
    private static final Map<String, Object> ACTUALS = Map.of("period", "MONITORING", "asOf", "2022-06-30",
            "indicators", List.of(Map.of("indicator", 1, "actual", 40)));

    @InjectServiceStub
    WireMockServer budget;

    @BeforeEach
    void budgetServiceAnswers() {
        DemoTargets.budgetOf(budget, REGION);
        budget.resetRequests();
    }

    private static RequestSpecification as(String role, String region, String department) {
        return given().auth().oauth2(TestTokens.of(role, region, department)).contentType(ContentType.JSON);
    }

    private void budgetServiceWasNotAsked() {
        budget.verify(0, getRequestedFor(urlPathMatching(".*/funding")));
    }

    @Test
    void writingATargetNeedsAToken() {
        given().contentType(ContentType.JSON).body(BODY).when().put(TARGET)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theEditorOfTheDepartmentWritesTargets() {
        as(PerformanceRoles.EDITOR, REGION, "141").body(BODY).when().put(TARGET).then().statusCode(200);
        as(PerformanceRoles.EDITOR, REGION, null).body(BODY).when().put(TARGET).then().statusCode(200);
    }

    @Test
    void aBudgetEditorOrAnEvaluatorDoesNotWriteTargets() {
        as("budget-editor", REGION, "141").body(BODY).when().put(TARGET).then().statusCode(403)
                .contentType("application/problem+json");
        as(PerformanceRoles.EVALUATOR, REGION, "141").body(OVERALL_BODY).when().put(OVERALL).then().statusCode(403)
                .contentType("application/problem+json");
        budgetServiceWasNotAsked();
    }

    @Test
    void anEditorOfAnotherDepartmentOrRegionIsOutOfScope() {
        as(PerformanceRoles.EDITOR, REGION, "142").body(OVERALL_BODY).when().put(OVERALL).then().statusCode(403)
                .contentType("application/problem+json").body("type", is("https://yusuan.io/problems/out-of-scope"))
                .body("detail", containsString("department 141 of region " + REGION));
        as(PerformanceRoles.EDITOR, "429922", null).body(OVERALL_BODY).when().put(OVERALL).then().statusCode(403)
                .body("type", is("https://yusuan.io/problems/out-of-scope"));
        budgetServiceWasNotAsked();
        given().when().get(OVERALL).then().statusCode(404);
    }

    @Test
    void actualsAreTheEvaluatorsOfTheDepartment() {
        DemoTargets.writeProject(REGION, WINDOWS);
        as(PerformanceRoles.EDITOR, REGION, "141").body(ACTUALS).when().post(TARGET + "/actuals").then().statusCode(403);
        as(PerformanceRoles.EVALUATOR, REGION, "142").body(ACTUALS).when().post(TARGET + "/actuals").then().statusCode(403)
                .body("type", is("https://yusuan.io/problems/out-of-scope"));
        as(PerformanceRoles.EVALUATOR, REGION, "141").body(ACTUALS).when().post(TARGET + "/actuals").then().statusCode(201);
    }
}
