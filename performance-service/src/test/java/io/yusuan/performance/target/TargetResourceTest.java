package io.yusuan.performance.target;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.yusuan.performance.access.PerformanceRoles;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "office-410304", roles = PerformanceRoles.EDITOR,
        attributes = {@SecurityAttribute(key = "region", value = "410304"),
                      @SecurityAttribute(key = "departments", value = "141,142,999")})
class TargetResourceTest {

    private static final String FUNDING = "/api/v1/regions/410304/departments/{d}/budgets/2022/funding";
    private static final String PERFORMANCE = "/api/v1/regions/410304/departments/{d}/performance/2022";
    private static final String WINDOWS = "410304220000000006846";

    @InjectServiceStub
    WireMockServer budget;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void budgetServiceAnswers() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/budget-stub/funding-410304-141-2022.json")) {
            String funding = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String department : List.of("141", "142")) {
                budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/" + department + "/budgets/2022/funding"))
                        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(funding)));
            }
        }
        budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/999/budgets/2022/funding"))
                .willReturn(aResponse().withStatus(404)));
    }

    @AfterEach
    void reset() {
        budget.resetAll();
        circuitBreakers.resetAll();
    }

    private static Map<String, Object> indicator(String tier1, String tier2, String name, String target) {
        return tier2 == null ? Map.of("tier1", tier1, "name", name, "target", target)
                : Map.of("tier1", tier1, "tier2", tier2, "name", name, "target", target);
    }

    private static Map<String, Object> windowsTarget(String cost) {
        return Map.of("annualGoal", "保证大厅的正常运转, 不断提升服务质量", "indicators", List.of(
                indicator("成本指标", null, "项目成本", cost),
                indicator("产出指标", "数量指标", "服务窗口数量", "46 个"),
                indicator("产出指标", "时效指标", "工作日期间为办事群众提供服务时间", "≥7 小时"),
                indicator("效益指标", "社会效益指标", "网络故障修复平均时间", "≤4小 时"),
                indicator("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%")));
    }

    @Test
    void setsAProjectsTargetsWithItsAmountsFromBudgetService() {
        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141")
                .then().statusCode(200)
                .body("projectName", is("政务服务工作经费"))
                .body("budget.total", is(200000))
                .body("budget.budgetVersion", is(1))
                .body("indicators[1].target.raw", is("46 个"))
                .body("indicators[1].target.value", is(46))
                .body("indicators[1].target.unit", is("个"))
                .body("indicators[3].target.raw", is("≤4小 时"))
                .body("indicators[3].target.operator", is("LESS_OR_EQUAL"))
                .body("indicators[3].target.unit", is("小时"))
                .body("findings.code", not(hasItem("COST_DIFFERS_FROM_BUDGET")));
        given().when().get(PERFORMANCE + "/projects/" + WINDOWS, "141").then().statusCode(200)
                .body("indicators", hasSize(5));
    }

    @Test
    void aCostIndicatorThatDiffersFromTheBudgetIsAFinding() {
        given().contentType(ContentType.JSON).body(windowsTarget("25 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141")
                .then().statusCode(200)
                .body("findings.find { it.code == 'COST_DIFFERS_FROM_BUDGET' }.pointer", is("/indicators/0/target"));
    }

    @Test
    void aTierOutsideTheFrameworkIsAFinding() {
        Map<String, Object> target = Map.of("annualGoal", "x", "indicators", List.of(indicator("产出指标", "速度指标", "办理时长", "≤2 天")));
        given().contentType(ContentType.JSON).body(target).when().put(PERFORMANCE + "/projects/" + WINDOWS, "141")
                .then().statusCode(200)
                .body("findings.find { it.code == 'TIER_NOT_IN_FRAMEWORK' }.pointer", is("/indicators/0/tier2"));
    }

    @Test
    void setsTheOverallTargetWithItsBudgetSituationAndFlagsProjectsWithoutTargets() {
        given().contentType(ContentType.JSON).body(Map.of(
                        "annualGoal", "加强统筹协调，深化“放管服”改革",
                        "tasks", List.of(Map.of("name", "推进政务服务标准化，加快数字瀍河建设。", "content", "扎实做好“数字瀍河”一期智慧社区建设")),
                        "indicators", List.of(indicator("效益指标", "履职效益", "政务服务事项网上办理", "办理率 99%")),
                        "declaredBudgetTotal", 1730700.00))
                .when().put(PERFORMANCE + "/overall", "142")
                .then().statusCode(200)
                .body("budget.total", is(1730700))
                .body("budget.basic", is(1346700))
                .body("budget.project", is(384000))
                .body("indicators[0].target.value", is(99))
                .body("indicators[0].target.gluedName", is("办理率"))
                .body("findings.code", not(hasItem("TOTAL_DIFFERS_FROM_BUDGET")));
        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "142").then().statusCode(200);
        given().when().get(PERFORMANCE, "142").then().statusCode(200)
                .body("overall", is(true))
                .body("findings.findAll { it.code == 'PROJECT_WITHOUT_TARGETS' }", hasSize(5));
    }

    @Test
    void aProjectNotInThePublishedBudgetIsRefused() {
        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/410304220000000099999", "141")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].code", is("PROJECT_NOT_IN_BUDGET"));
    }

    @Test
    void aDepartmentWithoutPublishedBudgetIsRefused() {
        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "999")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("no published 2022 budget"));
    }

    @Test
    void whenBudgetServiceIsDownWritesAnswer503AndStoreNothingWhileReadsKeepWorking() {
        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141").then().statusCode(200);
        budget.resetAll();
        budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/141/budgets/2022/funding"))
                .willReturn(aResponse().withStatus(500)));
        given().contentType(ContentType.JSON).body(windowsTarget("21 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141")
                .then().statusCode(503).contentType("application/problem+json");
        given().when().get(PERFORMANCE + "/projects/" + WINDOWS, "141").then().statusCode(200)
                .body("indicators[0].target.raw", is("20 万元"));
    }

    @Test
    void malformedTargetsAreA400ProblemNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("annualGoal", "x", "indicators", List.of(Map.of("tier1", "产出指标"))))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/indicators/0/name"))
                .body("errors.pointer", hasItem("/indicators/0/target"));
    }

    @Test
    void readsAnswerNotModifiedToTheirETagUntilTheTargetIsRewritten() {
        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141").then().statusCode(200);
        List<String> reads = List.of(PERFORMANCE, PERFORMANCE + "/projects", PERFORMANCE + "/projects/" + WINDOWS);
        List<String> tags = reads.stream().map(read -> given().when().get(read, "141").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, must-revalidate").extract().header("ETag")).toList();
        for (int i = 0; i < reads.size(); i++) {
            given().header("If-None-Match", tags.get(i)).when().get(reads.get(i), "141").then().statusCode(304);
        }

        given().contentType(ContentType.JSON).body(windowsTarget("20 万元"))
                .when().put(PERFORMANCE + "/projects/" + WINDOWS, "141").then().statusCode(200);

        for (int i = 0; i < reads.size(); i++) {
            given().header("If-None-Match", tags.get(i)).when().get(reads.get(i), "141").then().statusCode(200);
        }
    }

    @Test
    void unknownTargetsAre404() {
        given().when().get(PERFORMANCE + "/projects/410304220000000000001", "141").then().statusCode(404);
        given().when().get(PERFORMANCE, "998").then().statusCode(404).contentType("application/problem+json");
        given().when().get(PERFORMANCE + "/projects", "998").then().statusCode(200).body("", empty());
    }
}
