package io.yusuan.performance.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorFrameworkResourceTest {

    @Test
    void servesTheProjectFrameworkWithDefaultSelfEvaluationWeights() {
        given().when().get("/api/v1/indicator-framework")
                .then().statusCode(200)
                .body("framework", contains("PROJECT", "DEPARTMENT"))
                .body("[0].tiers.name", contains("成本指标", "产出指标", "效益指标", "满意度指标", "预算执行率"))
                .body("[0].tiers.defaultWeight", contains(nullValue(), is(50.0f), is(30.0f), is(10.0f), is(10.0f)))
                .body("[0].tiers[1].children.name", contains("数量指标", "质量指标", "时效指标", "成本指标"))
                .body("[0].tiers[2].children.name", contains("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"))
                .body("[0].tiers[3].children.name", contains("服务对象满意度指标"));
    }

    @Test
    void servesTheDepartmentFrameworkOfTheSourceDocument() {
        given().when().get("/api/v1/indicator-framework")
                .then().statusCode(200)
                .body("[1].tiers.name", contains("投入管理指标", "产出指标", "效益指标"))
                .body("[1].tiers[0].children.name", contains("工作目标管理", "预算和财务管理", "绩效管理"))
                .body("[1].tiers[2].children.name", contains("履职效益", "满意度"));
    }
}
