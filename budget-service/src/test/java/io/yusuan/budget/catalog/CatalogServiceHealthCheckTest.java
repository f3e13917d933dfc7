package io.yusuan.budget.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
class CatalogServiceHealthCheckTest {

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void reset() {
        catalog.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void reportsCatalogServiceUpWithWhatItAnswered() {
        catalog.stubFor(get("/api/v1/schemes").willReturn(okJson(
                "[{\"id\":\"functional\",\"name\":\"支出功能分类科目\",\"years\":[{\"year\":2022,\"provenance\":\"provisional\"}]},"
                        + "{\"id\":\"revenue\",\"years\":[]}]")));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(200)
                .body("checks.find { it.name == 'catalog-service' }.status", is("UP"))
                .body("checks.find { it.name == 'catalog-service' }.data.schemes", is(2));
    }

    @Test
    void reportsCatalogServiceDownAfterRetryingAFailingOne() {
        catalog.stubFor(get("/api/v1/schemes").willReturn(aResponse().withStatus(500)));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(503)
                .body("checks.find { it.name == 'catalog-service' }.status", is("DOWN"));
        catalog.verify(3, getRequestedFor(urlEqualTo("/api/v1/schemes")));
    }

    @Test
    void staysReadyWhileCatalogServiceIsDownBecauseStoredBudgetsStillServe() {
        catalog.stubFor(get("/api/v1/schemes").willReturn(aResponse().withStatus(503)));

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"));
    }
}
