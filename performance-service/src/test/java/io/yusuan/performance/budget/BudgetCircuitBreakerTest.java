package io.yusuan.performance.budget;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.yusuan.performance.DemoTargets;
import io.yusuan.performance.TestTokens;
import io.yusuan.performance.access.PerformanceRoles;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The breaker guarding budget-service opens when budget-service fails, and only then: malformed requests never reach
 * it, and its 4xx answers (no such budget) are answers, not failures. So no client can take writes down for everyone.
 */
@QuarkusTest
class BudgetCircuitBreakerTest {

    private static final String REGION = "429961";
    private static final String WINDOWS = "410304220000000006846";
    private static final String BODY = "{\"annualGoal\": \"x\", \"indicators\": []}";
    /** Malformed keys of a target write, each answered 400 by performance-service itself. */
    private static final List<String> MALFORMED = List.of(
            "/api/v1/regions/" + REGION + "/departments/141%00/performance/2022/projects/" + WINDOWS,
            "/api/v1/regions/" + REGION + "/departments/a-b/performance/2022/projects/" + WINDOWS,
            "/api/v1/regions/" + REGION + "/departments/" + "x".repeat(1000) + "/performance/2022/projects/" + WINDOWS,
            "/api/v1/regions/41030/departments/141/performance/2022/projects/" + WINDOWS,
            "/api/v1/regions/" + REGION + "/departments/141/performance/1999/projects/" + WINDOWS,
            "/api/v1/regions/" + REGION + "/departments/141/performance/2022/projects/not-a-project-code");

    @InjectServiceStub
    WireMockServer budget;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void budgetServiceAnswers() {
        breakers.resetAll();
        DemoTargets.budgetOf(budget, REGION);
        budget.stubFor(get(urlPathEqualTo(funding("998"))).willReturn(aResponse().withStatus(404)));
        budget.stubFor(get(urlPathEqualTo(funding("997"))).willReturn(aResponse().withStatus(400)));
        budget.resetRequests();
    }

    @AfterEach
    void reset() {
        budget.resetAll();
        breakers.resetAll();
    }

    private static String funding(String department) {
        return "/api/v1/regions/" + REGION + "/departments/" + department + "/budgets/2022/funding";
    }

    /** A target write of a performance-editor of the region's finance bureau, for any of its departments. */
    private static ValidatableResponse write(String path) {
        return given().urlEncodingEnabled(false).auth().oauth2(TestTokens.of(PerformanceRoles.EDITOR, REGION, null))
                .contentType(ContentType.JSON).body(BODY).when().put(path).then();
    }

    private static String target(String department) {
        return "/api/v1/regions/" + REGION + "/departments/" + department + "/performance/2022/projects/" + WINDOWS;
    }

    @Test
    void aHundredMalformedRequestsAndBudgetServicesRefusalsLeaveWritesWorking() {
        for (int i = 0; i < 100; i++) {
            write(MALFORMED.get(i % MALFORMED.size())).statusCode(400).contentType("application/problem+json");
        }
        budget.verify(0, anyRequestedFor(anyUrl()));
        for (int i = 0; i < 10; i++) {
            write(target("998")).statusCode(422).body("type", is("https://yusuan.io/problems/no-published-budget"));
            write(target("997")).statusCode(502).body("type", is("https://yusuan.io/problems/dependency-refused"));
        }
        write(target("141")).statusCode(200);
    }

    @Test
    void budgetServiceAnswering503OpensTheBreakerForEveryone() {
        budget.stubFor(get(urlPathEqualTo(funding("141"))).willReturn(aResponse().withStatus(503)));
        brokenThenOpen();
    }

    @Test
    void aConnectionBrokenOffOpensTheBreakerToo() {
        budget.stubFor(get(urlPathEqualTo(funding("141"))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        brokenThenOpen();
    }

    /** Writes fail 503 while budget-service fails, and still once it is back: the breaker is open, it is not asked. */
    private void brokenThenOpen() {
        for (int i = 0; i < 3; i++) {
            write(target("141")).statusCode(503).contentType("application/problem+json")
                    .body("type", is("https://yusuan.io/problems/dependency-unavailable"));
        }
        DemoTargets.budgetOf(budget, REGION);
        budget.resetRequests();
        write(target("141")).statusCode(503).body("type", is("https://yusuan.io/problems/dependency-unavailable"));
        budget.verify(0, getRequestedFor(urlPathMatching(".*/funding")));
    }
}
