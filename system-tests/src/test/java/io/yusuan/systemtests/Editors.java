package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;

/**
 * The people who write, each with a token for exactly what they act for: a department's budget editor, the region's
 * finance bureau (approver), the department's performance editor and evaluator. Used to bring a department's budget
 * and targets to the state a test needs, through the real services; every step must succeed.
 */
final class Editors {

    static final String REGION = "410304";
    static final int YEAR = 2022;
    static final String PROJECT = "410304220000000006846";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Function<Service, URI> baseUrl;
    private final Tokens tokens;

    Editors(Function<Service, URI> baseUrl, Tokens tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    Tokens tokens() {
        return tokens;
    }

    URI baseUrl(Service service) {
        return baseUrl.apply(service);
    }

    static String budget(String department) {
        return "/api/v1/regions/" + REGION + "/departments/" + department + "/budgets/" + YEAR;
    }

    static String performance(String department) {
        return "/api/v1/regions/" + REGION + "/departments/" + department + "/performance/" + YEAR;
    }

    /** The demo's budget package (the source document's), as {@code department} of the same region. */
    static ObjectNode demoPackage(String department) {
        ObjectNode budget = (ObjectNode) readDemo("demo/budgets/410304-141-2022.json");
        budget.remove("$schema");
        ((ObjectNode) budget.path("department")).put("code", department);
        return budget;
    }

    /** The demo's overall target, or one of its project targets by code. */
    static ObjectNode demoTarget(String which) {
        JsonNode targets = readDemo("demo/performance/410304-141-2022.json");
        return (ObjectNode) (which.equals("overall") ? targets.path("overall") : targets.path("projects").path(which)).deepCopy();
    }

    static JsonNode readDemo(String file) {
        try {
            return JSON.readTree(Files.readString(LocalStackExtension.projectRoot().resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String editor(String department) {
        return tokens.scoped(Tokens.BUDGET_EDITOR, REGION, department);
    }

    String approver() {
        return tokens.scoped(Tokens.BUDGET_APPROVER, REGION);
    }

    String performanceEditor(String department) {
        return tokens.scoped(Tokens.PERFORMANCE_EDITOR, REGION, department);
    }

    String evaluator(String department) {
        return tokens.scoped(Tokens.PERFORMANCE_EVALUATOR, REGION, department);
    }

    String catalogAdmin() {
        return tokens.scoped(Tokens.CATALOG_ADMIN, null);
    }

    RequestSpecification on(Service service, String token) {
        RequestSpecification request = given().baseUri(baseUrl(service).toString());
        return token == null ? request : request.auth().oauth2(token);
    }

    Response loadDraft(String department, JsonNode budgetPackage) {
        return setUp(() -> on(Service.BUDGET, editor(department)).contentType("application/json")
                .body(budgetPackage.toString()).put(budget(department) + "/draft"), 200, "load the draft of " + department);
    }

    void submit(String department) {
        setUp(() -> on(Service.BUDGET, editor(department)).post(budget(department) + "/draft/submit"), 200,
                "submit " + department);
    }

    void approve(String department) {
        setUp(() -> on(Service.BUDGET, approver()).contentType("application/json")
                .body("{\"approvalDate\": \"2022-02-01\", \"approvedBy\": \"区财政局\"}")
                .post(budget(department) + "/draft/approve"), 200, "approve " + department);
    }

    void publish(String department) {
        setUp(() -> on(Service.BUDGET, approver()).post(budget(department) + "/draft/publish"), 200, "publish " + department);
    }

    /** The demo's package as {@code department}, loaded, submitted, approved and published. */
    void publishDemoBudget(String department) {
        publishBudget(department, demoPackage(department));
    }

    void publishBudget(String department, JsonNode budgetPackage) {
        loadDraft(department, budgetPackage);
        submit(department);
        approve(department);
        publish(department);
    }

    void writeOverallTarget(String department) {
        setUp(() -> on(Service.PERFORMANCE, performanceEditor(department)).contentType("application/json")
                .body(demoTarget("overall").toString()).put(performance(department) + "/overall"), 200,
                "write the overall target of " + department);
    }

    void writeProjectTarget(String department) {
        setUp(() -> on(Service.PERFORMANCE, performanceEditor(department)).contentType("application/json")
                .body(demoTarget(PROJECT).toString()).put(performance(department) + "/projects/" + PROJECT), 200,
                "write project " + PROJECT + "'s target of " + department);
    }

    /**
     * A step that brings data to where a test needs it: tried again while it answers 503, as a budget office would
     * ("nothing was written, try again later"), so that a breaker another test opened does not fail this one's set-up.
     */
    static Response setUp(java.util.function.Supplier<Response> call, int status, String what) {
        Response response = call.get();
        for (int attempt = 1; response.statusCode() == 503 && attempt <= 10; attempt++) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while trying to " + what, e);
            }
            response = call.get();
        }
        return expect(response, status, what);
    }

    static Response expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError("Could not " + what + ": answered " + response.statusCode() + " " + response.asString());
        }
        return response;
    }

    /** The actuals the overall target's first indicator (qualitative) and the project's first (a quantity) accept. */
    static final Map<String, String> ACTUALS = Map.of(
            "overall", "{\"period\": \"MONITORING\", \"asOf\": \"2022-06-30\", \"indicators\": [{\"indicator\": 0, "
                    + "\"grade\": \"ACHIEVED\"}]}",
            PROJECT, "{\"period\": \"MONITORING\", \"asOf\": \"2022-06-30\", \"indicators\": [{\"indicator\": 0, "
                    + "\"actual\": 20}]}");
}
