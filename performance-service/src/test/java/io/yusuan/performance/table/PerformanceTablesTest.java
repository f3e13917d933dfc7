package io.yusuan.performance.table;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.performance.target.TargetResource;
import io.yusuan.testing.stub.InjectServiceStub;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tables 12 and 13 of the source document's targets (demo/performance), with the budget from a budget-service stub. */
@QuarkusTest
@TestSecurity(user = "editor", roles = TargetResource.EDITOR)
class PerformanceTablesTest {

    private static final String PERFORMANCE = "/api/v1/regions/410304/departments/141/performance/2022";

    @InjectServiceStub
    WireMockServer budget;

    @BeforeEach
    void loadTheSourceDocumentsTargets() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/budget-stub/funding-410304-141-2022.json")) {
            budget.stubFor(get(urlPathEqualTo("/api/v1/regions/410304/departments/141/budgets/2022/funding"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
        JsonNode demo = new ObjectMapper().readTree(Files.readString(Path.of("..", "demo", "performance", "410304-141-2022.json")));
        given().contentType(ContentType.JSON).body(demo.get("overall").toString())
                .when().put(PERFORMANCE + "/overall").then().statusCode(200);
        Iterator<Map.Entry<String, JsonNode>> projects = demo.get("projects").fields();
        while (projects.hasNext()) {
            Map.Entry<String, JsonNode> project = projects.next();
            given().contentType(ContentType.JSON).body(project.getValue().toString())
                    .when().put(PERFORMANCE + "/projects/" + project.getKey()).then().statusCode(200);
        }
    }

    @Test
    void table12CarriesTheBudgetFromBudgetServiceAndEveryIndicatorAsWritten() {
        given().when().get(PERFORMANCE + "/tables/12").then().statusCode(200)
                .body("departmentName", is("河南省洛阳市瀍河回族区政务服务和大数据管理局"))
                .body("budget.total", is(173.07f))
                .body("budget.governmentBudget", is(173.07f))
                .body("budget.specialAccount", nullValue())
                .body("budget.basic", is(134.67f))
                .body("budget.project", is(38.40f))
                .body("tasks[0].name", is("推进政务服务标准化,加快数字瀍河建设。"))
                .body("indicators", hasSize(29))
                .body("indicators[0].tier1", is("投入管理指标"))
                .body("indicators[0].tier2", is("工作目标管理"))
                .body("indicators[0].name", is("年度履职目标相关性"))
                .body("indicators[0].value", is("相关"))
                .body("indicators.value", hasItem("办理率 99%"))
                .body("indicators.value", hasItem("≤5%"));
    }

    @Test
    void table13CarriesEachProjectsAmountsAndIndicatorsByTier() {
        given().when().get(PERFORMANCE + "/tables/13").then().statusCode(200)
                .body("total.total", is(38.40f))
                .body("projects", hasSize(6))
                .body("projects.find { it.code == '410304220000000006846' }.amounts.total", is(20.00f))
                .body("projects.find { it.code == '410304220000000006846' }.cost[0].value", is("20 万元"))
                .body("projects.find { it.code == '410304220000000006846' }.output.value", hasItem("46 个"))
                .body("projects.find { it.code == '410304220000000006846' }.output.value", hasItem("≥7 小时"))
                .body("projects.find { it.code == '410304220000000013205' }.output.value", hasItem("6 人"))
                .body("projects.find { it.code == '410304220000000013205' }.output.value", hasItem("365 天"))
                .body("projects.find { it.code == '410304220000000019622' }.output.value", hasItem("9 个"))
                .body("projects.find { it.code == '410304220000000019622' }.output.normalised", hasItem("≤2 小时"))
                .body("projects.find { it.code == '410304220000000019622' }.output.normalised", hasItem("即时响应"));
    }

    @Test
    void theSourceDocumentsCostIndicatorsAgreeWithTheBudget() {
        given().when().get(PERFORMANCE + "/projects").then().statusCode(200)
                .body("findings.flatten().code", org.hamcrest.Matchers.not(hasItem("COST_DIFFERS_FROM_BUDGET")));
        given().when().get(PERFORMANCE).then().statusCode(200)
                .body("findings", hasSize(0));
    }

    @Test
    void tablesComeAsCsvWithTheTemplatesHeaders() {
        given().accept("text/csv").when().get(PERFORMANCE + "/tables/13").then().statusCode(200)
                .body(containsString("项目编码,项目名称,项目单位,资金总额（万元）"))
                .body(containsString("410304220000000006846,政务服务工作经费"));
        given().accept("text/csv").when().get(PERFORMANCE + "/tables/12").then().statusCode(200)
                .body(containsString("部门预算总额（万元）,173.07"))
                .body(containsString("投入管理指标,工作目标管理,年度履职目标相关性,相关"));
    }
}
