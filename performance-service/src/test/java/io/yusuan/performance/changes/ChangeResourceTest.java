package io.yusuan.performance.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.yusuan.performance.DemoTargets;
import io.yusuan.testing.stub.InjectServiceStub;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeResourceTest {

    private static final String REGION = "429911";
    /** Where only {@link #writesAndActualsAreEventsInOrderPagedByNext} writes: its first write is the first there. */
    private static final String FRESH_REGION = "429912";
    private static final String WINDOWS = "410304220000000006846";
    private static final String WINDOWS_HREF = DemoTargets.path(REGION) + "/projects/" + WINDOWS;

    @InjectServiceStub
    WireMockServer budget;

    @BeforeEach
    void budgetServiceAnswers() {
        DemoTargets.budgetOf(budget, REGION);
        DemoTargets.budgetOf(budget, FRESH_REGION);
    }

    /** Follows {@code next} from {@code from} until a page comes back empty; every event on the way. */
    private static List<Map<String, Object>> replay(String from) {
        List<Map<String, Object>> events = new ArrayList<>();
        String next = from;
        while (true) {
            JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            assertThat(page.getString("next")).as("next is always a link").startsWith("/api/v1/changes?since=");
            if (changes.isEmpty()) {
                return events;
            }
            events.addAll(changes);
            next = page.getString("next");
        }
    }

    /** Where the feed ends now: the {@code next} of its last page. */
    private static String tail() {
        String next = "/api/v1/changes?since=0&limit=1000";
        while (true) {
            JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            if (page.getList("changes").isEmpty()) {
                return next;
            }
            next = page.getString("next");
        }
    }

    @Test
    void writesAndActualsAreEventsInOrderPagedByNext() {
        String tail = tail();
        given().when().get(tail).then().statusCode(200).body("changes", empty());

        String windowsHref = DemoTargets.path(FRESH_REGION) + "/projects/" + WINDOWS;
        DemoTargets.writeProject(FRESH_REGION, WINDOWS);
        given().auth().oauth2(DemoTargets.evaluator(FRESH_REGION)).contentType(ContentType.JSON)
                .body(Map.of("period", "MONITORING", "asOf", "2022-06-30",
                        "indicators", List.of(Map.of("indicator", 1, "actual", 40))))
                .when().post(windowsHref + "/actuals").then().statusCode(201);
        DemoTargets.writeProject(FRESH_REGION, WINDOWS);

        List<Map<String, Object>> events = replay(tail.replace("limit=1000", "limit=1"));
        List<Map<String, Object>> windows = events.stream().filter(e -> windowsHref.equals(e.get("href"))).toList();
        assertThat(windows).extracting(e -> e.get("event")).containsExactly("PUBLISHED", "ACTUALS", "ADJUSTED");
        assertThat(windows).extracting(e -> e.get("version")).containsExactly(1, 1, 2);
        assertThat(windows.get(0)).containsEntry("region", FRESH_REGION).containsEntry("department", "141")
                .containsEntry("year", 2022).containsEntry("scope", "PROJECT").containsEntry("projectCode", WINDOWS);
        assertThat(events).extracting(e -> ((Number) e.get("sequence")).longValue()).isSorted();
    }

    @Test
    void replayingFromTheStartGivesEachTargetsCurrentRevision() {
        DemoTargets.write(REGION);
        DemoTargets.writeProject(REGION, WINDOWS);

        Map<String, Integer> latest = new HashMap<>();
        replay("/api/v1/changes?limit=1000").forEach(e -> latest.put((String) e.get("href"), (Integer) e.get("version")));

        int overall = given().when().get(DemoTargets.path(REGION) + "/overall").then().extract().path("revision");
        int windows = given().when().get(WINDOWS_HREF).then().extract().path("revision");
        assertThat(latest).containsEntry(DemoTargets.path(REGION) + "/overall", overall).containsEntry(WINDOWS_HREF, windows);
    }

    @Test
    void aPageAnswersNotModifiedToItsETagUntilItGrows() {
        String tail = tail();
        String etag = given().when().get(tail).then().statusCode(200).header("Cache-Control", "no-cache")
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(tail).then().statusCode(304);

        DemoTargets.writeProject(REGION, WINDOWS);

        given().header("If-None-Match", etag).when().get(tail).then().statusCode(200);
    }

    @Test
    void aFullPageIsImmutable() {
        DemoTargets.writeProject(REGION, WINDOWS);
        given().when().get("/api/v1/changes?since=0&limit=1").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void badParametersAnswer400ProblemJson() {
        for (String query : List.of("since=-1", "since=abc", "limit=0", "limit=1001")) {
            given().when().get("/api/v1/changes?" + query).then().statusCode(400).contentType("application/problem+json")
                    .body("status", is(400));
        }
    }
}
