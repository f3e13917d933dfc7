package io.yusuan.budget.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeResourceTest {

    private static final String CHANGES = "/api/v1/changes";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publisher budgets;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    @AfterEach
    void removeTheBudgets() {
        budgets.removeAll("C0");
    }

    private void publish(String department) {
        budgets.publish(department, Packages.source(department));
    }

    /** Every change from the start, following `next` with pages of {@code limit}. */
    private static List<Map<String, Object>> replay(int limit) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String next = CHANGES + "?since=0&limit=" + limit;
        while (true) {
            JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = page.getList("changes");
            assertThat(found.size()).isLessThanOrEqualTo(limit);
            next = page.getString("next");
            if (found.isEmpty()) {
                return changes;
            }
            changes.addAll(found);
        }
    }

    private static long lastSequence() {
        List<Map<String, Object>> all = replay(1000);
        return all.isEmpty() ? 0 : ((Number) all.get(all.size() - 1).get("sequence")).longValue();
    }

    @Test
    void aPublicationIsPublishedAndAnAdjustmentAdjustedWithItsVersion() {
        long before = lastSequence();
        publish("C01");
        budgets.publishAdjustment("C01", Packages.source("C01"));

        JsonPath page = given().queryParam("since", before).when().get(CHANGES)
                .then().statusCode(200)
                .body("changes.event", contains("PUBLISHED", "ADJUSTED"))
                .body("changes.version", contains(1, 2))
                .body("changes.region", contains("410304", "410304"))
                .body("changes.department", contains("C01", "C01"))
                .body("changes.year", contains(2022, 2022))
                .body("changes.href", contains("/api/v1/regions/410304/departments/C01/budgets/2022?version=1",
                        "/api/v1/regions/410304/departments/C01/budgets/2022?version=2"))
                .extract().jsonPath();
        long adjusted = page.getLong("changes[1].sequence");
        assertThat(page.getLong("changes[0].sequence")).isGreaterThan(before).isLessThan(adjusted);
        assertThat(page.getString("next")).isEqualTo(CHANGES + "?since=" + adjusted + "&limit=100");
        String publishedAt = given().when().get("/api/v1/regions/410304/departments/C01/budgets/2022")
                .then().statusCode(200).extract().path("versions[1].publishedAt");
        assertThat(java.time.Instant.parse(page.getString("changes[1].publishedAt")))
                .isEqualTo(java.time.OffsetDateTime.parse(publishedAt).toInstant());

        given().when().get(page.getString("next")).then().statusCode(200)
                .body("changes", empty())
                .body("next", is(CHANGES + "?since=" + adjusted + "&limit=100"));
    }

    @Test
    void pagesOfOneWalkEveryChangeInOrder() {
        publish("C02");
        publish("C03");
        List<Map<String, Object>> one = replay(1);
        assertThat(one).isEqualTo(replay(1000));
        List<Long> sequences = one.stream().map(change -> ((Number) change.get("sequence")).longValue()).toList();
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        assertThat(one).extracting(change -> change.get("department")).contains("C02", "C03");
    }

    @Test
    void replayingTheFeedNamesTheVersionsTheExportServes() throws IOException {
        publish("C04");
        budgets.publishAdjustment("C04", Packages.source("C04"));

        Map<String, Integer> replayed = new HashMap<>();
        for (Map<String, Object> change : replay(100)) {
            if (((Number) change.get("year")).intValue() == 2022) {
                replayed.put(change.get("region") + "/" + change.get("department"), (Integer) change.get("version"));
            }
        }
        Map<String, Integer> exported = new HashMap<>();
        for (String line : given().when().get("/api/v1/export/2022/lines").then().statusCode(200).extract().asString().split("\n")) {
            JsonNode record = json.readTree(line);
            exported.put(record.get("region").asText() + "/" + record.get("department").asText(), record.get("version").asInt());
        }
        assertThat(exported).isEqualTo(replayed).containsEntry("410304/C04", 2);
    }

    @Test
    void aPartialPageIsRevalidatedAndAnUnchangedOneAnswers304() {
        publish("C05");
        long last = lastSequence();
        String tag = given().queryParam("since", last - 1).when().get(CHANGES)
                .then().statusCode(200).header("Cache-Control", is("no-cache")).extract().header("ETag");
        given().queryParam("since", last - 1).header("If-None-Match", tag).when().get(CHANGES).then().statusCode(304);
        given().queryParam("since", last - 1).queryParam("limit", 1).when().get(CHANGES)
                .then().statusCode(200).header("Cache-Control", is("public, max-age=31536000, immutable"));
        publish("C06");
        given().queryParam("since", last - 1).header("If-None-Match", tag).when().get(CHANGES).then().statusCode(200)
                .body("changes.department", contains("C05", "C06"));
    }

    @Test
    void aMalformedSinceOrLimitIs400() {
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("since", -1), Map.of("since", "abc"),
                Map.of("limit", 0), Map.of("limit", 1001))) {
            given().queryParams(query).when().get(CHANGES).then().statusCode(400).contentType("application/problem+json");
        }
        given().queryParam("limit", 0).queryParam("since", -1).when().get(CHANGES).then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("since", "limit"));
    }
}
