package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may write what, generated from the documents the running services serve: every operation that changes something
 * (PUT, POST, DELETE, PATCH) and names a security requirement is sent, in a state where it would succeed, with eight
 * tokens — none, expired, signed by another key, {@code alg: none}, the wrong role, the right role for another
 * department, the right role for another region, and the right role and scope. The first four answer 401, the next
 * three 403, all as problem+json, and leave every table of the service's database as it was (row counts and
 * checksums); only the last succeeds and changes it, and the history of the budget or targets records its token's
 * subject as who made the change.
 *
 * <p>An operation of a document with no row in {@link #RECIPES} fails: a new write needs its role and a way to make
 * it succeed here. Code lists are national, so the two scope tokens do not apply to catalog-service's loads: for them
 * a catalog-admin token of another department or region is still a catalog-admin's, and succeeds.
 *
 * <p>Each operation acts on a department of its own (96xx of region 410304) or a catalog year of its own (2041 on),
 * so that nothing here touches the demo or another test's data.
 */
@ExtendWith(LocalStackExtension.class)
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Iterator<Integer> DEPARTMENTS = Stream.iterate(9601, n -> n + 1).iterator();
    private static final AtomicInteger CATALOG_YEARS = new AtomicInteger(2041);
    /** A region the tokens of "another region" act for. */
    private static final String OTHER_REGION = "410305";
    private static final String OTHER_DEPARTMENT = "9699";

    /** Whose act a write is: a department's, the region's finance bureau's, or nobody's in particular (national lists). */
    enum Scope { DEPARTMENT, REGION, NATIONAL }

    /** One write, ready to be sent: what it acts on, and the request that should succeed with the right token. */
    record Prepared(String department, String method, String path, String contentType, String body) {

        Response send(Editors editors, Service service, String token) {
            RequestSpecification request = editors.on(service, token);
            if (contentType != null) {
                request.contentType(contentType).body(body);
            }
            return request.request(method, path);
        }
    }

    /** How to make one operation succeed: its role and scope, and the state it needs first (made with good tokens). */
    record Recipe(String role, String wrongRole, Scope scope, Preparation preparation) {
    }

    /** One of the tokens that must be refused, and how. */
    record Attempt(String what, String token, int status) {
    }

    @FunctionalInterface
    interface Preparation {
        Prepared prepare(Editors editors, String department);
    }

    private static final String DRAFT = "/api/v1/regions/{region}/departments/{department}/budgets/{year}/draft";
    private static final String BUDGET = "/api/v1/regions/{region}/departments/{department}/budgets/{year}";
    private static final String TARGETS = "/api/v1/regions/{region}/departments/{department}/performance/{year}";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String CODE_LIST_HEADER = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n";

    static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

    static {
        RECIPES.put("budget-service PUT " + DRAFT, new Recipe(Tokens.BUDGET_EDITOR, Tokens.BUDGET_APPROVER, Scope.DEPARTMENT,
                (editors, department) -> new Prepared(department, "PUT", Editors.budget(department) + "/draft",
                        "application/json", Editors.demoPackage(department).toString())));
        RECIPES.put("budget-service DELETE " + DRAFT, new Recipe(Tokens.BUDGET_EDITOR, Tokens.BUDGET_APPROVER,
                Scope.DEPARTMENT, (editors, department) -> {
                    editors.loadDraft(department, Editors.demoPackage(department));
                    return new Prepared(department, "DELETE", Editors.budget(department) + "/draft", null, null);
                }));
        RECIPES.put("budget-service POST " + DRAFT + "/submit", new Recipe(Tokens.BUDGET_EDITOR, Tokens.BUDGET_APPROVER,
                Scope.DEPARTMENT, (editors, department) -> {
                    editors.loadDraft(department, Editors.demoPackage(department));
                    return new Prepared(department, "POST", Editors.budget(department) + "/draft/submit", null, null);
                }));
        RECIPES.put("budget-service POST " + DRAFT + "/approve", new Recipe(Tokens.BUDGET_APPROVER, Tokens.BUDGET_EDITOR,
                Scope.REGION, (editors, department) -> {
                    submitted(editors, department);
                    return new Prepared(department, "POST", Editors.budget(department) + "/draft/approve", "application/json",
                            "{\"approvalDate\": \"2022-02-01\", \"approvedBy\": \"区财政局\"}");
                }));
        RECIPES.put("budget-service POST " + DRAFT + "/return", new Recipe(Tokens.BUDGET_APPROVER, Tokens.BUDGET_EDITOR,
                Scope.REGION, (editors, department) -> {
                    submitted(editors, department);
                    return new Prepared(department, "POST", Editors.budget(department) + "/draft/return", "application/json",
                            "{\"reason\": \"项目支出明细不全，请补充后重新报送。\"}");
                }));
        RECIPES.put("budget-service POST " + DRAFT + "/publish", new Recipe(Tokens.BUDGET_APPROVER, Tokens.BUDGET_EDITOR,
                Scope.REGION, (editors, department) -> {
                    submitted(editors, department);
                    editors.approve(department);
                    return new Prepared(department, "POST", Editors.budget(department) + "/draft/publish", null, null);
                }));
        RECIPES.put("budget-service POST " + BUDGET + "/adjustments", new Recipe(Tokens.BUDGET_EDITOR, Tokens.BUDGET_APPROVER,
                Scope.DEPARTMENT, (editors, department) -> {
                    editors.publishDemoBudget(department);
                    return new Prepared(department, "POST", Editors.budget(department) + "/adjustments", null, null);
                }));
        RECIPES.put("performance-service PUT " + TARGETS + "/overall", new Recipe(Tokens.PERFORMANCE_EDITOR,
                Tokens.PERFORMANCE_EVALUATOR, Scope.DEPARTMENT, (editors, department) -> {
                    editors.publishDemoBudget(department);
                    return new Prepared(department, "PUT", Editors.performance(department) + "/overall", "application/json",
                            Editors.demoTarget("overall").toString());
                }));
        RECIPES.put("performance-service PUT " + TARGETS + "/projects/{projectCode}", new Recipe(Tokens.PERFORMANCE_EDITOR,
                Tokens.PERFORMANCE_EVALUATOR, Scope.DEPARTMENT, (editors, department) -> {
                    editors.publishDemoBudget(department);
                    return new Prepared(department, "PUT", Editors.performance(department) + "/projects/" + Editors.PROJECT,
                            "application/json", Editors.demoTarget(Editors.PROJECT).toString());
                }));
        RECIPES.put("performance-service POST " + TARGETS + "/overall/actuals", new Recipe(Tokens.PERFORMANCE_EVALUATOR,
                Tokens.PERFORMANCE_EDITOR, Scope.DEPARTMENT, (editors, department) -> {
                    editors.publishDemoBudget(department);
                    editors.writeOverallTarget(department);
                    return new Prepared(department, "POST", Editors.performance(department) + "/overall/actuals",
                            "application/json", Editors.ACTUALS.get("overall"));
                }));
        RECIPES.put("performance-service POST " + TARGETS + "/projects/{projectCode}/actuals", new Recipe(
                Tokens.PERFORMANCE_EVALUATOR, Tokens.PERFORMANCE_EDITOR, Scope.DEPARTMENT, (editors, department) -> {
                    editors.publishDemoBudget(department);
                    editors.writeProjectTarget(department);
                    return new Prepared(department, "POST", Editors.performance(department) + "/projects/" + Editors.PROJECT
                            + "/actuals", "application/json", Editors.ACTUALS.get(Editors.PROJECT));
                }));
        RECIPES.put("catalog-service PUT /api/v1/schemes/{scheme}/years/{year}", new Recipe(Tokens.CATALOG_ADMIN,
                Tokens.BUDGET_EDITOR, Scope.NATIONAL, (editors, department) -> new Prepared(department, "PUT",
                        "/api/v1/schemes/functional/years/" + CATALOG_YEARS.getAndIncrement(), CSV,
                        CODE_LIST_HEADER + "201,类,,一般公共服务支出,General public services,provisional,,\n")));
        RECIPES.put("catalog-service PUT /api/v1/correspondence/{year}", new Recipe(Tokens.CATALOG_ADMIN, Tokens.BUDGET_EDITOR,
                Scope.NATIONAL, (editors, department) -> {
                    int year = CATALOG_YEARS.getAndIncrement();
                    for (String scheme : List.of("economic-department", "economic-government")) {
                        Editors.expect(editors.on(Service.CATALOG, editors.catalogAdmin()).contentType(CSV)
                                .body(economicList(scheme)).put("/api/v1/schemes/" + scheme + "/years/" + year), 201,
                                "load " + scheme + " " + year);
                    }
                    return new Prepared(department, "PUT", "/api/v1/correspondence/" + year, CSV,
                            "department_code,unit_column,government_code,provenance\n30101,ADMINISTRATIVE,50101,provisional\n");
                }));
    }

    private static void submitted(Editors editors, String department) {
        editors.loadDraft(department, Editors.demoPackage(department));
        editors.submit(department);
    }

    private static String economicList(String scheme) {
        return scheme.equals("economic-department")
                ? CODE_LIST_HEADER + "301,类,,工资福利支出,Wages,provisional,PERSONNEL,\n"
                        + "30101,款,301,基本工资,Basic wages,provisional,PERSONNEL,\n"
                : CODE_LIST_HEADER + "501,类,,机关工资福利支出,Wages,provisional,,\n50101,款,501,工资奖金津补贴,Wages,provisional,,\n";
    }

    @TestFactory
    Stream<DynamicNode> everyWriteAnswersEachOfEightTokensAsItsRoleAndScopeSay(LocalStack stack) {
        Editors editors = new Editors(stack::baseUrl, new Tokens(stack.jwt()));
        Tokens otherKey = Tokens.ofAnotherKey();
        Databases databases = Databases.ofSharedStack();
        List<DynamicNode> operations = new ArrayList<>();
        for (Service service : Service.values()) {
            for (String operation : writes(stack.baseUrl(service))) {
                String key = service + " " + operation;
                Recipe recipe = RECIPES.get(key);
                if (recipe == null) {
                    operations.add(DynamicTest.dynamicTest(key, () -> {
                        throw new AssertionError(key + " is a write of " + service + "'s document that AuthorizationMatrixIT"
                                + " has no recipe for: add its role, scope and a way to make it succeed to RECIPES");
                    }));
                    continue;
                }
                operations.add(DynamicTest.dynamicTest(key, () ->
                        tryEightTokens(key, service, recipe, editors, otherKey, databases)));
            }
        }
        return operations.stream();
    }

    private static void tryEightTokens(String key, Service service, Recipe recipe, Editors editors, Tokens otherKey,
                                       Databases databases) {
        String department = String.valueOf(DEPARTMENTS.next());
        Prepared prepared = recipe.preparation().prepare(editors, department);
        Tokens tokens = editors.tokens();
        String region = Editors.REGION;
        // a finance bureau acts for its whole region; everyone else for their department
        String[] own = recipe.scope() == Scope.REGION ? new String[0] : new String[] {department};
        List<Attempt> refused = new ArrayList<>();
        refused.add(new Attempt("no token", null, 401));
        refused.add(new Attempt("an expired token", tokens.expired(recipe.role(), region, own), 401));
        refused.add(new Attempt("a token signed by another key", otherKey.scoped(recipe.role(), region, own), 401));
        refused.add(new Attempt("an alg:none token", Tokens.unsigned(recipe.role(), region, own), 401));
        refused.add(new Attempt("the wrong role (" + recipe.wrongRole() + ")",
                tokens.scoped(recipe.wrongRole(), region, department), 403));
        if (recipe.scope() != Scope.NATIONAL) {
            refused.add(new Attempt("the right role for another department",
                    tokens.scoped(recipe.role(), region, OTHER_DEPARTMENT), 403));
            refused.add(new Attempt("the right role for another region", tokens.scoped(recipe.role(), OTHER_REGION, own), 403));
        }

        Map<String, String> before = databases.state(service);
        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : refused) {
            int expected = attempt.status();
            Response answer = prepared.send(editors, service, attempt.token());
            String contentType = String.valueOf(answer.contentType());
            if (answer.statusCode() != expected || !contentType.startsWith("application/problem+json")) {
                wrong.add(attempt.what() + ": expected " + expected + " problem+json, answered " + answer.statusCode() + " "
                        + contentType + " " + excerpt(answer.asString()));
            } else if (!String.valueOf(problem(answer).path("status").asInt()).equals(String.valueOf(expected))) {
                wrong.add(attempt.what() + ": the problem's status is not " + expected + ": " + excerpt(answer.asString()));
            }
            List<String> changed = Databases.differences(before, databases.state(service));
            if (!changed.isEmpty()) {
                wrong.add(attempt.what() + " changed " + service + "'s tables: " + changed);
                before = databases.state(service);
            }
        }
        String rightToken = tokens.scoped(recipe.role(), region, own);
        Response answer = prepared.send(editors, service, rightToken);
        if (answer.statusCode() / 100 != 2) {
            wrong.add("the right role and scope: expected a success, answered " + answer.statusCode() + " "
                    + excerpt(answer.asString()));
        } else if (Databases.differences(before, databases.state(service)).isEmpty()) {
            wrong.add("the right role and scope answered " + answer.statusCode() + " but changed nothing in " + service
                    + "'s tables");
        } else if (!prepared.method().equals("DELETE")) {
            // (a deleted draft may leave no budget whose history could be read)
            recordedWho(editors, service, department, Tokens.claims(recipe.role(), region, Duration.ZERO).get("sub"))
                    .ifPresent(wrong::add);
        }
        assertThat(wrong).as(key + " on " + prepared.path()).isEmpty();
    }

    /**
     * Whether the history of the department's budget or targets ends with a change by {@code subject}; what is wrong if
     * not. Code lists keep no history.
     */
    private static java.util.Optional<String> recordedWho(Editors editors, Service service, String department,
                                                          Object subject) {
        if (service == Service.CATALOG) {
            return java.util.Optional.empty();
        }
        String history = service == Service.BUDGET ? Editors.budget(department) + "/history"
                : Editors.performance(department) + "/history";
        Response answer = editors.on(service, service == Service.BUDGET ? editors.editor(department) : null).get(history);
        JsonNode entries = problem(answer);
        if (entries.isObject()) {
            entries = entries.path("entries");
        }
        if (answer.statusCode() != 200 || entries.isEmpty()) {
            return java.util.Optional.of("GET " + history + " answered " + answer.statusCode() + " " + excerpt(answer.asString()));
        }
        JsonNode last = entries.get(entries.size() - 1);
        return subject.equals(last.path("actor").asText()) ? java.util.Optional.empty()
                : java.util.Optional.of("the history's last change is not by " + subject + ": " + last);
    }

    /**
     * A draft is seen only by those who may act on it — its department's editors, its region's bureau — and anyone
     * else, another department's editor included, sees what the public sees: 404 for a budget never published (never
     * 403, which would tell that the draft exists).
     */
    @Test
    void aDraftIsSeenOnlyWithATokenForItsDepartmentAndIs404ToAnyoneElse(LocalStack stack) {
        Editors editors = new Editors(stack::baseUrl, new Tokens(stack.jwt()));
        Tokens tokens = editors.tokens();
        String department = "9690";
        editors.loadDraft(department, Editors.demoPackage(department));
        Map<String, String> seeing = new LinkedHashMap<>();
        seeing.put("its editor", editors.editor(department));
        seeing.put("its region's bureau", editors.approver());
        Map<String, String> notSeeing = new LinkedHashMap<>();
        notSeeing.put("no token", null);
        notSeeing.put("another department's editor", tokens.scoped(Tokens.BUDGET_EDITOR, Editors.REGION, OTHER_DEPARTMENT));
        notSeeing.put("its editor's role in another region", tokens.scoped(Tokens.BUDGET_EDITOR, OTHER_REGION, department));
        notSeeing.put("another region's bureau", tokens.scoped(Tokens.BUDGET_APPROVER, OTHER_REGION));
        notSeeing.put("its performance editor", editors.performanceEditor(department));
        notSeeing.put("a token that names no region", tokens.scoped(Tokens.BUDGET_EDITOR, null));
        List<String> wrong = new ArrayList<>();
        seeing.forEach((who, token) -> {
            int status = editors.on(Service.BUDGET, token).get(Editors.budget(department)).statusCode();
            if (status != 200) {
                wrong.add(who + " got " + status + ", not the draft");
            }
        });
        notSeeing.forEach((who, token) -> {
            Response answer = editors.on(Service.BUDGET, token).get(Editors.budget(department));
            if (answer.statusCode() != 404 || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                wrong.add(who + " got " + answer.statusCode() + " " + answer.contentType() + ", not a 404 problem");
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** "METHOD path" of every operation of the served document that writes and names a security requirement. */
    static List<String> writes(URI service) {
        JsonNode document = served(service);
        boolean globallySecured = document.path("security").size() > 0;
        List<String> writes = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String method = operation.getKey().toUpperCase();
            if (!List.of("PUT", "POST", "DELETE", "PATCH").contains(method)) {
                return;
            }
            JsonNode security = operation.getValue().path("security");
            boolean secured = security.isMissingNode() ? globallySecured : security.size() > 0
                    && !(security.size() == 1 && security.get(0).isEmpty());
            if (secured) {
                writes.add(method + " " + path.getKey());
            }
        }));
        return writes;
    }

    static JsonNode served(URI service) {
        try {
            return JSON.readTree(io.restassured.RestAssured.given().baseUri(service.toString())
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode problem(Response answer) {
        try {
            return JSON.readTree(answer.asString());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String excerpt(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
