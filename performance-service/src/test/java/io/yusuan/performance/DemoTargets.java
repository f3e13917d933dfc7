package io.yusuan.performance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.yusuan.performance.access.PerformanceRoles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The source document's targets (demo/performance/410304-141-2022.json: the overall target and six projects'), written
 * through the API for a region of a test's own, so that what the test reads of that region is only what it wrote.
 */
public final class DemoTargets {

    private static final JsonNode DEMO = read();

    private DemoTargets() {
    }

    /** budget-service's stub answers the published 2022 budget of department 141 of {@code region}. */
    public static void budgetOf(WireMockServer budget, String region) {
        try (InputStream in = DemoTargets.class.getResourceAsStream("/budget-stub/funding-410304-141-2022.json")) {
            budget.stubFor(get(urlPathEqualTo("/api/v1/regions/" + region + "/departments/141/budgets/2022/funding"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every target of the document for department 141 of {@code region}, 2022. */
    public static void write(String region) {
        writeOverall(region);
        Iterator<Map.Entry<String, JsonNode>> projects = DEMO.get("projects").fields();
        while (projects.hasNext()) {
            Map.Entry<String, JsonNode> project = projects.next();
            writeProject(region, project.getKey());
        }
    }

    /** Writes (again) the overall target as the document has it. */
    public static void writeOverall(String region) {
        given().auth().oauth2(editor(region)).contentType(ContentType.JSON).body(DEMO.get("overall").toString())
                .when().put(path(region) + "/overall").then().statusCode(200);
    }

    /** Writes (again) one project's target as the document has it. */
    public static void writeProject(String region, String project) {
        given().auth().oauth2(editor(region)).contentType(ContentType.JSON).body(DEMO.get("projects").get(project).toString())
                .when().put(path(region) + "/projects/" + project).then().statusCode(200);
    }

    /** How many indicators the document's targets have in all. */
    public static int indicators() {
        int count = DEMO.get("overall").get("indicators").size();
        for (JsonNode project : DEMO.get("projects")) {
            count += project.get("indicators").size();
        }
        return count;
    }

    public static int indicators(String project) {
        return DEMO.get("projects").get(project).get("indicators").size();
    }

    /** A performance-editor's token for department 141 of the region. */
    public static String editor(String region) {
        return TestTokens.of(PerformanceRoles.EDITOR, region, "141");
    }

    /** A performance-evaluator's token for department 141 of the region. */
    public static String evaluator(String region) {
        return TestTokens.of(PerformanceRoles.EVALUATOR, region, "141");
    }

    public static String path(String region) {
        return "/api/v1/regions/" + region + "/departments/141/performance/2022";
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of("..", "demo", "performance", "410304-141-2022.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
