package io.yusuan.performance.evaluation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.performance.access.PerformanceRoles;
import io.yusuan.testing.stub.InjectServiceStub;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "office-141", roles = {PerformanceRoles.EDITOR, PerformanceRoles.EVALUATOR},
        attributes = {@SecurityAttribute(key = "region", value = "410304"), @SecurityAttribute(key = "departments", value = "141")})
class EvaluationResourceTest {

    private static final String PROJECT = "/api/v1/regions/410304/departments/141/performance/2022/projects/410304220000000006846";

    @InjectServiceStub
    WireMockServer budget;

    private static Map<String, Object> indicator(String tier1, String tier2, String name, String target) {
        return Map.of("tier1", tier1, "tier2", tier2, "name", name, "target", target);
    }

    @BeforeEach
    void setTheProjectsTargets() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/budget-stub/funding-410304-141-2022.json")) {
            budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/141/budgets/2022/funding"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
        given().contentType(ContentType.JSON).body(Map.of("annualGoal", "保证大厅的正常运转", "indicators", List.of(
                        indicator("成本指标", "经济成本指标", "项目成本", "20 万元"),
                        indicator("产出指标", "数量指标", "服务窗口数量", "46 个"),
                        indicator("产出指标", "时效指标", "工作日期间为办事群众提供服务时间", "≥7 小时"),
                        indicator("效益指标", "社会效益指标", "网络故障修复平均时间", "≤4小 时"),
                        indicator("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"),
                        indicator("效益指标", "社会效益指标", "服务质量", "有效提升"))))
                .when().put(PROJECT).then().statusCode(200);
    }

    private static Map<String, Object> actual(int indicator, Object value) {
        return Map.of("indicator", indicator, "actual", value);
    }

    @Test
    void scoresASelfEvaluationAsComputedByHand() {
        given().contentType(ContentType.JSON).body(Map.of("period", "SELF_EVALUATION", "asOf", "2022-12-31",
                        "executed", 196000.00, "indicators", List.of(
                                actual(0, 20), actual(1, 46), actual(2, 7.5), actual(3, 5), actual(4, 90),
                                Map.of("indicator", 5, "grade", "PARTLY_ACHIEVED"))))
                .when().post(PROJECT + "/actuals").then().statusCode(201).body("indicators", is(6));
        // 产出 50 over cost, windows and hours, all met: 50. 效益 30 over repair time (≤4 小时, actual 5: 4/5 of 15 = 12)
        // and quality (部分达成, band top 80% of 15 = 12): 24. 满意度 10 × 90/95 = 9.4737. 预算执行率 10 × 196000/200000 = 9.8.
        // Total 50 + 24 + 9.4737 + 9.8 = 93.27: 优.
        given().when().get(PROJECT + "/evaluation").then().statusCode(200)
                .body("period", is("SELF_EVALUATION"))
                .body("result.total", is(93.27f))
                .body("result.grade", is("EXCELLENT"))
                .body("result.budgetExecution.score", is(9.80f))
                .body("result.indicators[3].status", is("PARTLY_MET"))
                .body("result.indicators[3].score", is(12.00f))
                .body("result.indicators[1].status", is("MET"));
    }

    @Test
    void servesTheSameEvaluationTwiceAndNewActualsAtOnce() {
        // as of the period's last day, like any other test's report: the latest is then the one reported last
        given().contentType(ContentType.JSON).body(Map.of("period", "SELF_EVALUATION", "asOf", "2022-12-31",
                        "indicators", List.of(actual(1, 46))))
                .when().post(PROJECT + "/actuals").then().statusCode(201);
        String first = given().queryParam("period", "SELF_EVALUATION").when().get(PROJECT + "/evaluation")
                .then().statusCode(200).body("asOf", is("2022-12-31")).body("result.indicators[1].status", is("MET"))
                .extract().asString();
        String second = given().queryParam("period", "SELF_EVALUATION").when().get(PROJECT + "/evaluation")
                .then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);

        // new actuals add a report, so the evaluation read is of them and not the one kept (23 of 46 windows)
        given().contentType(ContentType.JSON).body(Map.of("period", "SELF_EVALUATION", "asOf", "2022-12-31",
                        "indicators", List.of(actual(1, 23))))
                .when().post(PROJECT + "/actuals").then().statusCode(201);
        given().queryParam("period", "SELF_EVALUATION").when().get(PROJECT + "/evaluation").then().statusCode(200)
                .body("asOf", is("2022-12-31"))
                .body("result.indicators[1].status", is("PARTLY_MET"));
    }

    @Test
    void refusesAnActualThatDoesNotFitItsIndicatorAndStoresNothing() {
        given().contentType(ContentType.JSON).body(Map.of("period", "MONITORING", "asOf", "2022-06-30",
                        "indicators", List.of(actual(9, 1))))
                .when().post(PROJECT + "/actuals").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", is("/indicators/0/indicator"));
        given().contentType(ContentType.JSON).body(Map.of("period", "MONITORING", "asOf", "2022-06-30",
                        "indicators", List.of(Map.of("indicator", 5, "grade", "ACHIEVED", "gradePercent", 40))))
                .when().post(PROJECT + "/actuals").then().statusCode(422);
        given().queryParam("period", "MONITORING").when().get(PROJECT + "/evaluation").then().statusCode(404);
    }

    @Test
    void refusesWeightsThatDoNotTotalAHundred() {
        given().contentType(ContentType.JSON).body(Map.of("period", "SELF_EVALUATION", "asOf", "2022-12-31",
                        "weights", Map.of("output", 60, "benefit", 30, "satisfaction", 10, "budgetExecution", 10),
                        "indicators", List.of(actual(1, 46))))
                .when().post(PROJECT + "/actuals").then().statusCode(422)
                .body("errors[0].pointer", is("/weights"));
    }
}
