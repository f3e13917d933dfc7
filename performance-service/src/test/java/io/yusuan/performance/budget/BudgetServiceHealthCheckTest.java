package io.yusuan.performance.budget;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetServiceHealthCheckTest {

    @InjectServiceStub
    WireMockServer budget;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void reset() {
        budget.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void reportsBudgetServiceUpWhenItListsDepartments() {
        budget.stubFor(get(urlPathEqualTo("/api/v1/departments")).willReturn(okJson(
                "{\"items\":[{\"region\":{\"code\":\"410304\",\"name\":\"洛阳市瀍河回族区\"},\"code\":\"141\","
                        + "\"name\":\"洛阳市瀍河回族区政务服务和大数据管理局\"}]}")));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(200)
                .body("checks.find { it.name == 'budget-service' }.status", is("UP"));
        budget.verify(getRequestedFor(urlPathEqualTo("/api/v1/departments")).withQueryParam("limit", equalTo("1")));
    }

    @Test
    void reportsBudgetServiceDownAfterRetryingAFailingOne() {
        budget.stubFor(get(urlPathEqualTo("/api/v1/departments")).willReturn(aResponse().withStatus(500)));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(503)
                .body("checks.find { it.name == 'budget-service' }.status", is("DOWN"));
        budget.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/departments")));
    }

    @Test
    void staysReadyWhileBudgetServiceIsDownBecauseStoredTargetsStillServe() {
        budget.stubFor(get(urlPathEqualTo("/api/v1/departments")).willReturn(aResponse().withStatus(503)));

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"));
    }
}
