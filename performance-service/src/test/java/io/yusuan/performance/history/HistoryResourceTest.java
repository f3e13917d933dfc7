package io.yusuan.performance.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.yusuan.performance.DemoTargets;
import io.yusuan.testing.stub.InjectServiceStub;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryResourceTest {

    private static final String REGION = "429931";
    private static final String WINDOWS = "410304220000000006846";
    private static final String HISTORY = DemoTargets.path(REGION) + "/history";
    /** Of the one test that lists the whole history: no other test writes there. */
    private static final String LISTED = "429932";

    @InjectServiceStub
    WireMockServer budget;

    @BeforeEach
    void budgetServiceAnswers() {
        DemoTargets.budgetOf(budget, REGION);
        DemoTargets.budgetOf(budget, LISTED);
    }

    @Test
    void listsEveryChangeOldestFirstWithWhoAndWhen() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        DemoTargets.writeProject(LISTED, WINDOWS);
        given().auth().oauth2(DemoTargets.evaluator(LISTED)).contentType(ContentType.JSON)
                .body(Map.of("period", "MONITORING", "asOf", "2022-06-30",
                        "indicators", List.of(Map.of("indicator", 1, "actual", 40))))
                .when().post(DemoTargets.path(LISTED) + "/projects/" + WINDOWS + "/actuals").then().statusCode(201);
        DemoTargets.writeProject(LISTED, WINDOWS);

        JsonPath history = given().when().get(DemoTargets.path(LISTED) + "/history").then().statusCode(200)
                .body("action", contains("PUBLISHED", "ACTUALS", "ADJUSTED"))
                .body("version", contains(1, 1, 2))
                .body("actor", contains("performance-editor@" + LISTED + "/141", "performance-evaluator@" + LISTED + "/141",
                        "performance-editor@" + LISTED + "/141"))
                .body("projectCode", contains(WINDOWS, WINDOWS, WINDOWS))
                .extract().jsonPath();
        int indicators = DemoTargets.indicators(WINDOWS);
        assertThat(history.getList("summary", String.class)).containsExactly(
                "project " + WINDOWS + " target written: " + indicators + " indicators",
                "project " + WINDOWS + " target actuals recorded: MONITORING as of 2022-06-30, 1 indicator",
                "project " + WINDOWS + " target written: " + indicators + " indicators");
        List<OffsetDateTime> at = history.getList("at", String.class).stream().map(OffsetDateTime::parse).toList();
        assertThat(at).isSorted().allSatisfy(instant -> assertThat(instant).isAfter(before));
    }

    @Test
    void theOverallTargetsChangesHaveNoProjectCode() {
        DemoTargets.writeOverall(REGION);
        given().when().get(HISTORY).then().statusCode(200)
                .body("findAll { it.projectCode == null }.summary", hasItem(startsWith("overall target written: ")));
    }

    @Test
    void answersNotModifiedToItsETagUntilTheNextChange() {
        DemoTargets.writeProject(REGION, WINDOWS);
        String tag = given().when().get(HISTORY).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).when().get(HISTORY).then().statusCode(304);
        DemoTargets.writeProject(REGION, WINDOWS);
        given().header("If-None-Match", tag).when().get(HISTORY).then().statusCode(200);
    }

    @Test
    void aYearWithoutTargetsIsNotFoundAndAMalformedKeyABadRequest() {
        given().when().get("/api/v1/regions/429939/departments/141/performance/2022/history").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/regions/4299/departments/141/performance/2022/history").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400));
    }
}
