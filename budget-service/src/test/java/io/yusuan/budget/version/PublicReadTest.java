package io.yusuan.budget.version;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.load.BudgetLoader;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a reader without a token sees: published versions, never drafts. */
@QuarkusTest
class PublicReadTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    BudgetLoader loader;

    @Inject
    Lifecycle lifecycle;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void publishOneVersionAndOpenAnAdjustment() throws Exception {
        if (given().when().get(BUDGET, "406").statusCode() == 200) {
            return;
        }
        CatalogStubs.answer2022(catalog);
        loader.replaceDraft(new BudgetKey("410304", "406", 2022),
                json.treeToValue(Packages.source("406"), BudgetPackage.class), null, "budget-office");
        lifecycle.submit(new BudgetKey("410304", "406", 2022), "budget-office");
        lifecycle.approve(new BudgetKey("410304", "406", 2022), new ApprovalRequest(LocalDate.of(2022, 2, 1), "区财政局"),
                "finance-bureau");
        lifecycle.publish(new BudgetKey("410304", "406", 2022), "budget-office");
        lifecycle.adjust(new BudgetKey("410304", "406", 2022), "budget-office");
        loader.replaceDraft(new BudgetKey("410304", "407", 2022),
                json.treeToValue(Packages.source("407"), BudgetPackage.class), null, "budget-office");
    }

    @Test
    void withoutATokenTheDraftIsNeitherListedNorCounted() {
        given().when().get(BUDGET, "406").then().statusCode(200)
                .body("versions.number", contains(1))
                .body("versions.status", contains("PUBLISHED"))
                .body("currentVersion", is(1));
    }

    @Test
    void aBudgetWithOnlyADraftIsNotFoundForThePublic() {
        given().when().get(BUDGET, "407").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDraftVersionAskedForByNumberIsNotFoundForThePublic() {
        given().when().get(BUDGET + "/tables/01?version=2", "406").then().statusCode(404);
    }
}
