package io.yusuan.performance.target;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yusuan.performance.DemoTargets;
import io.yusuan.testing.stub.InjectServiceStub;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every limit of a target's body and path answers 400 naming the field, stores nothing and asks budget-service nothing. */
@QuarkusTest
class TargetLimitsTest {

    private static final String REGION = "429941";
    private static final String WINDOWS = "410304220000000006846";
    private static final String PROJECT = DemoTargets.path(REGION) + "/projects/" + WINDOWS;
    private static final String OVERALL = DemoTargets.path(REGION) + "/overall";
    private static final String INDICATOR = indicator("name", "\"服务窗口数量\"");

    @InjectServiceStub
    WireMockServer budget;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void budgetServiceAnswers() {
        DemoTargets.budgetOf(budget, REGION);
        budget.resetRequests();
    }

    private static String text(int length) {
        return "\"" + "字".repeat(length) + "\"";
    }

    private static String project(String annualGoal, String indicators) {
        return "{\"annualGoal\": " + annualGoal + ", \"indicators\": [" + indicators + "]}";
    }

    /** An indicator of the source document with one field set to a JSON value as written (a number as is: 1e400). */
    private static String indicator(String field, String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tier1", "\"产出指标\"");
        fields.put("tier2", "\"数量指标\"");
        fields.put("name", "\"服务窗口数量\"");
        fields.put("target", "\"46 个\"");
        fields.put(field, json);
        return fields.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private void refused(String path, String body, String pointer) {
        given().auth().oauth2(DemoTargets.editor(REGION)).contentType(ContentType.JSON).body(body).when().put(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.pointer", hasItem(pointer));
        budget.verify(0, getRequestedFor(urlPathMatching(".*/funding")));
    }

    @Test
    void aProjectTargetAtItsLimitsIsStored() {
        given().auth().oauth2(DemoTargets.editor(REGION)).contentType(ContentType.JSON)
                .body(project(text(20000), String.join(",", Collections.nCopies(200, indicator("weight", "100.00")))))
                .when().put(PROJECT).then().statusCode(200).body("indicators.size()", is(200));
    }

    @Test
    void stringsLongerThanTheirLimitAreRefused() {
        refused(PROJECT, project(text(20001), INDICATOR), "/annualGoal");
        refused(PROJECT, project("\"x\"", indicator("name", text(201))), "/indicators/0/name");
        refused(PROJECT, project("\"x\"", indicator("tier1", text(201))), "/indicators/0/tier1");
        refused(PROJECT, project("\"x\"", indicator("target", text(201))), "/indicators/0/target");
        refused(PROJECT, project("\"x\"", indicator("explanation", text(2001))), "/indicators/0/explanation");
    }

    @Test
    void moreIndicatorsOrTasksThanTheLimitAreRefused() {
        refused(PROJECT, project("\"x\"", String.join(",", Collections.nCopies(201, INDICATOR))), "/indicators");
        String task = "{\"name\": \"推进政务服务标准化\"}";
        refused(OVERALL, "{\"annualGoal\": \"x\", \"tasks\": [" + String.join(",", Collections.nCopies(51, task))
                + "], \"indicators\": []}", "/tasks");
        refused(OVERALL, "{\"annualGoal\": \"x\", \"tasks\": [{\"name\": " + text(201) + "}], \"indicators\": []}",
                "/tasks/0/name");
        refused(OVERALL, "{\"annualGoal\": \"x\", \"tasks\": [{\"name\": \"t\", \"content\": " + text(20001)
                + "}], \"indicators\": []}", "/tasks/0/content");
    }

    @Test
    void aWeightIsFrom0To100WithAtMostTwoDecimals() {
        for (String weight : new String[] {"1e400", "100.01", "-1", "12.345", "1E+3"}) {
            refused(PROJECT, project("\"x\"", indicator("weight", weight)), "/indicators/0/weight");
        }
        given().when().get(PROJECT).then().statusCode(404);
    }

    @Test
    void theDeclaredBudgetTotalIsMoneyOfAtMost15IntegerDigitsAndTwoDecimals() {
        for (String total : new String[] {"1e16", "10000000000000000", "-0.01", "1.001"}) {
            refused(OVERALL, "{\"annualGoal\": \"x\", \"tasks\": [], \"indicators\": [], \"declaredBudgetTotal\": " + total + "}",
                    "/declaredBudgetTotal");
        }
    }

    @Test
    void malformedPathKeysAreRefusedBeforeBudgetServiceIsAsked() {
        String body = project("\"x\"", INDICATOR);
        for (String[] bad : new String[][] {{"41030", "141", "2022", WINDOWS, "region"},
                {"4103041", "141", "2022", WINDOWS, "region"}, {REGION, "a-b", "2022", WINDOWS, "department"},
                {REGION, "x".repeat(21), "2022", WINDOWS, "department"}, {REGION, "141", "1999", WINDOWS, "year"},
                {REGION, "141", "20222", WINDOWS, "year"}, {REGION, "141", "abcd", WINDOWS, "year"},
                {REGION, "141", "2022", "41030422000000000684", "projectCode"},
                {REGION, "141", "2022", "410304220000000006846x", "projectCode"},
                {REGION, "141", "2022", "41030422t000000006846", "projectCode"}}) {
            given().auth().oauth2(DemoTargets.editor(REGION)).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/regions/{r}/departments/{d}/performance/{y}/projects/{p}", bad[0], bad[1], bad[2], bad[3])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.pointer", hasItem(endsWith(bad[4])));
        }
        budget.verify(0, getRequestedFor(urlPathMatching(".*")));
    }

    /**
     * Refused on its Content-Length, before it is sent (the client waits for 100 Continue, as a large upload should),
     * and the connection is closed. A raw socket: the JDK 17 HttpClient never returns a final answer to Expect.
     */
    @Test
    void aBodyOverTheConfiguredSizeIsRefused() throws IOException {
        URI target = base.resolve(PROJECT);
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("PUT " + target.getRawPath() + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Authorization: Bearer " + DemoTargets.editor(REGION) + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 9 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json");
        }
    }
}
