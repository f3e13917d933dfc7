package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.yusuan.localrun.JwtIssuer;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the three services answers what its OpenAPI document (as served at {@code /q/openapi}) promises:
 * its happy path and each declared error it can be made to send, on the real services with the demo loaded. Each answer
 * is validated by {@link OpenApiAnswers}: the status must be declared for the operation, the media type for the status,
 * and a JSON body must match the declared schema (nullable fields included).
 *
 * <p>Table-driven: {@link #calls()} is the table, in the order it runs (reads of the demo first, then the
 * writes, each on data of its own: department 995, year 2035). {@link #everyOperationOfTheDocumentsIsCalled} fails for an
 * operation of a document that no row calls, so a new operation needs its rows here. An export's NDJSON body is
 * validated line by line, each line against the one record its schema describes.
 */
@ExtendWith(LocalStackExtension.class)
class ResponseValidationIT {

    private static final String BUDGETS = "/api/v1/regions/{region}/departments/{department}/budgets/{year}";
    private static final String PERFORMANCE = "/api/v1/regions/{region}/departments/{department}/performance/{year}";
    private static final String DEMO = "/api/v1/regions/410304/departments/141/budgets/2022";
    private static final String UNKNOWN = "/api/v1/regions/410304/departments/999/budgets/2022";
    private static final String OWN = "/api/v1/regions/410304/departments/995/budgets/2022";
    private static final String TARGETS = "/api/v1/regions/410304/departments/141/performance/2022";
    private static final String OWN_TARGETS = "/api/v1/regions/410304/departments/995/performance/2022";
    private static final String PROJECT = "410304220000000006846";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String CATALOG_YEAR = "2035";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyAnswerIsWhatTheDocumentPromises(LoadedDemo demo) {
        Map<Service, OpenApiAnswers> documents = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            documents.put(service, OpenApiAnswers.served(demo.stack().baseUrl(service)));
        }
        return calls().stream().map(call -> DynamicTest.dynamicTest(call.toString(), () -> {
            Response response = call.send(demo.stack());
            assertThat(response.statusCode()).as(call + " answered " + response.asString()).isEqualTo(call.status);
            List<String> mismatches = documents.get(call.service).mismatches(call.method, call.template, response);
            assertThat(mismatches).as(call + ": the answer is not what " + call.service + "'s document promises").isEmpty();
        }));
    }

    @Test
    void everyOperationOfTheDocumentsIsCalled(LocalStack stack) {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Service service : Service.values()) {
            OpenApiAnswers.served(stack.baseUrl(service)).statuses()
                    .forEach((operation, statuses) -> declared.put(service + " " + operation, statuses));
        }
        Set<String> documented = declared.keySet();
        Set<String> called = new TreeSet<>();
        calls().forEach(call -> called.add(call.operation()));
        notProvoked(declared);

        Set<String> uncalled = new TreeSet<>(documented);
        uncalled.removeAll(called);
        Set<String> calledButUndocumented = new TreeSet<>(called);
        calledButUndocumented.removeAll(documented);

        assertThat(uncalled).as("operations of the documents that no row of ResponseValidationIT calls").isEmpty();
        assertThat(calledButUndocumented).as("rows whose operation no document has").isEmpty();
    }

    /**
     * Prints, not fails, the declared statuses no row provokes: most need a dependency down (502, 503) or a race (409 of
     * two writers), which a test of the running services cannot stage. Printed so that the list stays in view.
     */
    private static void notProvoked(Map<String, Set<String>> declared) {
        Map<String, Set<String>> unprovoked = new TreeMap<>();
        declared.forEach((operation, statuses) -> unprovoked.put(operation, new TreeSet<>(statuses)));
        calls().forEach(call -> unprovoked.getOrDefault(call.operation(), new TreeSet<>()).remove(String.valueOf(call.status)));
        unprovoked.values().removeIf(Set::isEmpty);
        System.out.println("[response validation] declared statuses that no row provokes:\n  " + unprovoked.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining("\n  ")));
    }

    /** The table: every call, in the order it runs. */
    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        catalogReads(calls);
        budgetReads(calls);
        performanceReads(calls);
        catalogWrites(calls);
        budgetWrites(calls);
        performanceWrites(calls);
        return calls;
    }

    private static void catalogReads(List<Call> calls) {
        Service c = Service.CATALOG;
        String codes = "/api/v1/schemes/{scheme}/years/{year}/codes";
        calls.add(get(c, "/api/v1/schemes").is(200));
        calls.add(get(c, "/api/v1/schemes").accept("application/xml").is(406));
        calls.add(get(c, "/api/v1/schemes").conditional().is(304));
        calls.add(get(c, "/api/v1/schemes/{scheme}/years/{year}", "/api/v1/schemes/functional/years/2022").is(200));
        calls.add(get(c, "/api/v1/schemes/{scheme}/years/{year}", "/api/v1/schemes/functional/years/2099").is(404));
        calls.add(get(c, "/api/v1/schemes/{scheme}/years/{year}", "/api/v1/schemes/functional/years/abc").is(400));
        calls.add(get(c, "/api/v1/schemes/{scheme}/years/{year}", "/api/v1/schemes/functional/years/2022")
                .accept("application/xml").is(406));
        calls.add(get(c, "/api/v1/schemes/{scheme}/years/{year}", "/api/v1/schemes/functional/years/2022").conditional()
                .is(304));
        calls.add(get(c, codes, "/api/v1/schemes/functional/years/2022/codes?level=1").is(200));
        calls.add(get(c, codes, "/api/v1/schemes/functional/years/2022/codes?limit=2").is(200));
        calls.add(get(c, codes, "/api/v1/schemes/functional/years/2022/codes?level=1").accept("text/csv").is(200));
        calls.add(get(c, codes, "/api/v1/schemes/functional/years/2022/codes?limit=0").is(400));
        calls.add(get(c, codes, "/api/v1/schemes/nothing/years/2022/codes").is(404));
        calls.add(get(c, codes, "/api/v1/schemes/functional/years/2022/codes").accept("application/xml").is(406));
        calls.add(get(c, codes, "/api/v1/schemes/functional/years/2022/codes?level=1").conditional().is(304));
        String code = "/api/v1/schemes/{scheme}/years/{year}/codes/{code}";
        calls.add(get(c, code, "/api/v1/schemes/functional/years/2022/codes/2010301").is(200));
        calls.add(get(c, code, "/api/v1/schemes/functional/years/2022/codes/2019898").is(404));
        calls.add(get(c, code, "/api/v1/schemes/functional/years/2022/codes/2010301").accept("application/xml").is(406));
        calls.add(get(c, code, "/api/v1/schemes/functional/years/2022/codes/2010301").conditional().is(304));
        calls.add(get(c, "/api/v1/correspondence/{year}", "/api/v1/correspondence/2022").is(200));
        calls.add(get(c, "/api/v1/correspondence/{year}", "/api/v1/correspondence/2099").is(404));
        calls.add(get(c, "/api/v1/correspondence/{year}", "/api/v1/correspondence/2022?unitType=NOTHING").is(400));
        calls.add(get(c, "/api/v1/correspondence/{year}", "/api/v1/correspondence/2022").conditional().is(304));
        calls.add(get(c, "/api/v1/crosswalks/{scheme}", "/api/v1/crosswalks/functional?from=2021&to=2022").is(200));
        calls.add(get(c, "/api/v1/crosswalks/{scheme}", "/api/v1/crosswalks/nothing?from=2021&to=2022").is(404));
        calls.add(get(c, "/api/v1/crosswalks/{scheme}", "/api/v1/crosswalks/functional?from=2021").is(400));
        calls.add(get(c, "/api/v1/crosswalks/{scheme}", "/api/v1/crosswalks/functional?from=2021&to=2022").conditional()
                .is(304));
        calls.add(get(c, "/api/v1/mappings/cofog", "/api/v1/mappings/cofog?year=2022").is(200));
        calls.add(get(c, "/api/v1/mappings/cofog", "/api/v1/mappings/cofog?year=2099").is(404));
        calls.add(get(c, "/api/v1/mappings/cofog", "/api/v1/mappings/cofog?year=abc").is(400));
        calls.add(get(c, "/api/v1/mappings/cofog", "/api/v1/mappings/cofog?year=2022").conditional().is(304));
        calls.add(get(c, "/api/v1/regions", "/api/v1/regions?year=2022").is(200));
        calls.add(get(c, "/api/v1/regions", "/api/v1/regions?year=2022&parent=4103").is(200));
        calls.add(get(c, "/api/v1/regions", "/api/v1/regions?year=2022&parent=x").is(400));
        calls.add(get(c, "/api/v1/regions", "/api/v1/regions?year=2022&parent=4199").is(404));
        calls.add(get(c, "/api/v1/regions", "/api/v1/regions?year=2022").accept("application/xml").is(406));
        calls.add(get(c, "/api/v1/regions", "/api/v1/regions?year=2022").conditional().is(304));
        calls.add(get(c, "/api/v1/regions/{code}", "/api/v1/regions/410304?year=2022").is(200));
        calls.add(get(c, "/api/v1/regions/{code}", "/api/v1/regions/419999?year=2022").is(404));
        calls.add(get(c, "/api/v1/regions/{code}", "/api/v1/regions/41x?year=2022").is(400));
        calls.add(get(c, "/api/v1/regions/{code}", "/api/v1/regions/410304?year=2022").accept("application/xml").is(406));
        calls.add(get(c, "/api/v1/regions/{code}", "/api/v1/regions/410304?year=2022").conditional().is(304));
        String validation = "/api/v1/schemes/{scheme}/years/{year}/validation";
        calls.add(post(c, validation, "/api/v1/schemes/functional/years/2022/validation", JSON,
                "{\"codes\": [\"2010301\", \"2019999\", \"20I0301\"]}").is(200));
        calls.add(post(c, validation, "/api/v1/schemes/functional/years/2099/validation", JSON, "{\"codes\": [\"2010301\"]}")
                .is(404));
        calls.add(post(c, validation, "/api/v1/schemes/functional/years/2022/validation", JSON, "{\"codes\": 1}").is(400));
        calls.add(post(c, validation, "/api/v1/schemes/functional/years/2022/validation", "text/plain", "2010301").is(415));
        String yearCheck = "/api/v1/years/{year}/validation";
        String check = "{\"codes\": {\"functional\": [\"2010301\"], \"economic-department\": [\"30101\"]}, "
                + "\"pairs\": [{\"departmentCode\": \"30101\", \"governmentCode\": \"50101\", \"unitType\": \"ADMINISTRATIVE\"}]}";
        calls.add(post(c, yearCheck, "/api/v1/years/2022/validation", JSON, check).is(200));
        calls.add(post(c, yearCheck, "/api/v1/years/2099/validation", JSON, check).is(404));
        calls.add(post(c, yearCheck, "/api/v1/years/2022/validation", JSON, "{\"codes\": []}").is(400));
        calls.add(post(c, yearCheck, "/api/v1/years/2022/validation", "text/plain", "x").is(415));
        String pairs = "/api/v1/correspondence/{year}/validation";
        String pair = "{\"pairs\": [{\"departmentCode\": \"30101\", \"governmentCode\": \"50101\", \"unitType\": \"ADMINISTRATIVE\"}]}";
        calls.add(post(c, pairs, "/api/v1/correspondence/2022/validation", JSON, pair).is(200));
        calls.add(post(c, pairs, "/api/v1/correspondence/2022/validation", JSON, "{\"pairs\": 1}").is(400));
        calls.add(post(c, pairs, "/api/v1/correspondence/2022/validation", "text/plain", "x").is(415));
        String restate = "/api/v1/crosswalks/{scheme}/restate";
        calls.add(post(c, restate, "/api/v1/crosswalks/functional/restate?from=2021&to=2022", JSON,
                "{\"codes\": [\"2010301\"]}").is(200));
        calls.add(post(c, restate, "/api/v1/crosswalks/nothing/restate?from=2021&to=2022", JSON,
                "{\"codes\": [\"2010301\"]}").is(404));
        calls.add(post(c, restate, "/api/v1/crosswalks/functional/restate?from=2021&to=2022", JSON, "{\"codes\": 1}")
                .is(400));
        calls.add(post(c, restate, "/api/v1/crosswalks/functional/restate?from=2021&to=2022", "text/plain", "x").is(415));
    }

    private static void budgetReads(List<Call> calls) {
        Service b = Service.BUDGET;
        calls.add(get(b, "/api/v1/departments", "/api/v1/departments?region=410304").is(200));
        calls.add(get(b, "/api/v1/departments", "/api/v1/departments?region=410304&limit=1").is(200));
        calls.add(get(b, "/api/v1/departments", "/api/v1/departments?region=4103").is(400));
        calls.add(get(b, "/api/v1/departments", "/api/v1/departments").accept("application/xml").is(406));
        calls.add(get(b, "/api/v1/disclosure/fonts/{file}", "/api/v1/disclosure/fonts/NotoSansSC-Regular.ttf").is(200));
        calls.add(get(b, "/api/v1/disclosure/fonts/{file}", "/api/v1/disclosure/fonts/Nothing.ttf").is(404));
        calls.add(get(b, "/api/v1/disclosure/fonts/{file}", "/api/v1/disclosure/fonts/NotoSansSC-Regular.ttf")
                .accept("application/xml").is(406));
        calls.add(get(b, BUDGETS, DEMO).is(200));
        calls.add(get(b, BUDGETS, UNKNOWN).is(404));
        for (String read : List.of("/findings", "/funding", "/lines", "/narrative", "/tables")) {
            calls.add(get(b, BUDGETS + read, DEMO + read).is(200));
            calls.add(get(b, BUDGETS + read, UNKNOWN + read).is(404));
        }
        calls.add(get(b, BUDGETS + "/findings", DEMO + "/findings?version=0").is(400));
        calls.add(get(b, BUDGETS + "/funding", DEMO + "/funding?version=0").is(400));
        calls.add(get(b, BUDGETS + "/lines", DEMO + "/lines?version=0").is(400));
        calls.add(get(b, BUDGETS + "/narrative", DEMO + "/narrative?version=0").is(400));
        calls.add(get(b, BUDGETS + "/narrative", DEMO + "/narrative").accept("application/xml").is(406));
        calls.add(get(b, BUDGETS + "/tables/{number}", DEMO + "/tables/05").is(200));
        calls.add(get(b, BUDGETS + "/tables/{number}", DEMO + "/tables/08").accept("text/csv").is(200));
        calls.add(get(b, BUDGETS + "/tables/{number}", DEMO + "/tables/08").accept(XLSX).is(200));
        calls.add(get(b, BUDGETS + "/tables/{number}", DEMO + "/tables/99").is(404));
        calls.add(get(b, BUDGETS + "/tables/{number}", DEMO + "/tables/05?version=0").is(400));
        calls.add(get(b, BUDGETS + "/tables/{number}", DEMO + "/tables/05").accept("application/xml").is(406));
        calls.add(get(b, BUDGETS + "/tables.xlsx", DEMO + "/tables.xlsx").is(200));
        calls.add(get(b, BUDGETS + "/tables.xlsx", UNKNOWN + "/tables.xlsx").is(404));
        calls.add(get(b, BUDGETS + "/tables.xlsx", DEMO + "/tables.xlsx?version=0").is(400));
        calls.add(get(b, BUDGETS + "/tables.xlsx", DEMO + "/tables.xlsx").accept("application/xml").is(406));
        calls.add(get(b, BUDGETS + "/disclosure", DEMO + "/disclosure").accept("text/html").is(200));
        calls.add(get(b, BUDGETS + "/disclosure", UNKNOWN + "/disclosure").accept("text/html").is(404));
        calls.add(get(b, BUDGETS + "/disclosure", DEMO + "/disclosure?version=0").accept("text/html").is(400));
        calls.add(get(b, BUDGETS + "/disclosure", DEMO + "/disclosure").accept("application/xml").is(406));
        calls.add(get(b, BUDGETS + "/disclosure", DEMO + "/disclosure").accept("text/html").conditional().is(304));
        String check = BUDGETS + "/narrative/check";
        String paragraph = "一、收入支出预算总体情况说明\n区政务服务和大数据管理局 2022 年收入总计 173.07 万元，支出总计 173.07 万元。";
        calls.add(post(b, check, DEMO + "/narrative/check", "text/plain; charset=UTF-8", paragraph).is(200));
        calls.add(post(b, check, DEMO + "/narrative/check", JSON, "{\"paragraphs\": [\"" + paragraph.replace("\n", "\\n")
                + "\"]}").is(200));
        calls.add(post(b, check, UNKNOWN + "/narrative/check", "text/plain; charset=UTF-8", paragraph).is(404));
        calls.add(post(b, check, DEMO + "/narrative/check", JSON, "{\"paragraphs\": 1}").is(400));
        calls.add(post(b, check, DEMO + "/narrative/check", "application/xml", "<p/>").is(415));
        calls.add(post(b, check, DEMO + "/narrative/check", "text/plain; charset=UTF-8", "x".repeat(300_000)).is(413));
        calls.add(post(b, check, DEMO + "/narrative/check", "text/plain; charset=UTF-8", paragraph)
                .accept("application/xml").is(406));
        String export = "/api/v1/export/{year}/lines";
        calls.add(get(b, export, "/api/v1/export/2022/lines").is(200));
        calls.add(get(b, export, "/api/v1/export/2022/lines?region=4103&since=2000-01-01T00:00:00Z")
                .accept(NDJSON).is(200));
        calls.add(get(b, export, "/api/v1/export/2022/lines?region=410304&asOf=2030-01-01T00:00:00Z").accept("text/csv")
                .is(200));
        calls.add(get(b, export, "/api/v1/export/22/lines?region=4x&since=yesterday&asOf=now").is(400));
        calls.add(get(b, export, "/api/v1/export/2022/lines").accept("application/xml").is(406));
        calls.add(get(b, export, "/api/v1/export/2022/lines?region=410304").conditional().is(304));
        String rollup = "/api/v1/regions/{region}/budgets/{year}/tables/{number}";
        String luoyang = "/api/v1/regions/410300/budgets/2022";
        calls.add(get(b, rollup, luoyang + "/tables/05?includeSubregions=true").is(200));
        calls.add(get(b, rollup, "/api/v1/regions/410304/budgets/2022/tables/07?classification=department&unit=yuan")
                .accept("text/csv").is(200));
        calls.add(get(b, rollup, "/api/v1/regions/410000/budgets/2022/tables/08?includeSubregions=true").accept(XLSX)
                .is(200));
        calls.add(get(b, rollup, luoyang + "/tables/02").is(404));
        calls.add(get(b, rollup, "/api/v1/regions/4103/budgets/2022/tables/05").is(400));
        calls.add(get(b, rollup, luoyang + "/tables/05").accept("application/xml").is(406));
        String ranking = "/api/v1/regions/{region}/budgets/{year}/departments";
        calls.add(get(b, ranking, luoyang + "/departments?includeSubregions=true&sort=threePublic&order=asc&limit=1")
                .is(200));
        calls.add(get(b, ranking, luoyang + "/departments?sort=name").is(400));
        changes(b, calls);
    }

    /** The change feed of budget-service or performance-service: one operation of the same shape in both. */
    private static void changes(Service service, List<Call> calls) {
        String changes = "/api/v1/changes";
        calls.add(get(service, changes).is(200));
        calls.add(get(service, changes, changes + "?since=1&limit=1").is(200));
        calls.add(get(service, changes, changes + "?since=-1&limit=0").is(400));
        calls.add(get(service, changes).accept("application/xml").is(406));
        calls.add(get(service, changes, changes + "?limit=1").conditional().is(304));
    }

    private static void performanceReads(List<Call> calls) {
        Service p = Service.PERFORMANCE;
        String unknown = "/api/v1/regions/410304/departments/999/performance/2022";
        calls.add(get(p, "/api/v1/indicator-framework").is(200));
        calls.add(get(p, "/api/v1/indicator-framework").accept("application/xml").is(406));
        calls.add(get(p, PERFORMANCE, TARGETS).is(200));
        calls.add(get(p, PERFORMANCE, unknown).is(404));
        calls.add(get(p, PERFORMANCE + "/overall", TARGETS + "/overall").is(200));
        calls.add(get(p, PERFORMANCE + "/overall", unknown + "/overall").is(404));
        calls.add(get(p, PERFORMANCE + "/projects", TARGETS + "/projects").is(200));
        calls.add(get(p, PERFORMANCE + "/projects", "/api/v1/regions/410304/departments/141/performance/abc/projects").is(400));
        calls.add(get(p, PERFORMANCE + "/projects", TARGETS + "/projects").accept("application/xml").is(406));
        String project = PERFORMANCE + "/projects/{projectCode}";
        calls.add(get(p, project, TARGETS + "/projects/" + PROJECT).is(200));
        calls.add(get(p, project, TARGETS + "/projects/410304220000000000000").is(404));
        calls.add(get(p, project + "/evaluation", TARGETS + "/projects/" + PROJECT + "/evaluation").is(404));
        calls.add(get(p, project + "/evaluation", TARGETS + "/projects/" + PROJECT + "/evaluation?period=NOTHING").is(400));
        for (String table : List.of("/tables/12", "/tables/13")) {
            calls.add(get(p, PERFORMANCE + table, TARGETS + table).is(200));
            calls.add(get(p, PERFORMANCE + table, TARGETS + table).accept("text/csv").is(200));
            calls.add(get(p, PERFORMANCE + table, TARGETS + table).accept(XLSX).is(200));
            calls.add(get(p, PERFORMANCE + table, unknown + table).is(404));
            calls.add(get(p, PERFORMANCE + table, TARGETS + table).accept("application/xml").is(406));
            calls.add(get(p, PERFORMANCE + table, TARGETS + table).conditional().is(304));
        }
        calls.add(get(p, PERFORMANCE + "/tables.xlsx", TARGETS + "/tables.xlsx").is(200));
        calls.add(get(p, PERFORMANCE + "/tables.xlsx", unknown + "/tables.xlsx").is(404));
        calls.add(get(p, PERFORMANCE + "/tables.xlsx", "/api/v1/regions/410304/departments/141/performance/abc/tables.xlsx")
                .is(400));
        calls.add(get(p, PERFORMANCE + "/tables.xlsx", TARGETS + "/tables.xlsx").accept("application/xml").is(406));
        calls.add(get(p, PERFORMANCE + "/tables.xlsx", TARGETS + "/tables.xlsx").conditional().is(304));
        String export = "/api/v1/export/{year}/targets";
        calls.add(get(p, export, "/api/v1/export/2022/targets").is(200));
        calls.add(get(p, export, "/api/v1/export/2022/targets?region=4103&since=2000-01-01T00:00:00Z").accept(NDJSON)
                .is(200));
        calls.add(get(p, export, "/api/v1/export/2022/targets?region=410304").accept("text/csv").is(200));
        calls.add(get(p, export, "/api/v1/export/1999/targets?region=4x&since=yesterday").is(400));
        calls.add(get(p, export, "/api/v1/export/2022/targets").accept("application/xml").is(406));
        calls.add(get(p, export, "/api/v1/export/2022/targets?region=410304").conditional().is(304));
        changes(p, calls);
    }

    private static void catalogWrites(List<Call> calls) {
        Service c = Service.CATALOG;
        String year = "/api/v1/schemes/{scheme}/years/{year}";
        String functional = "/api/v1/schemes/functional/years/" + CATALOG_YEAR;
        String list = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
                + "201,类,,一般公共服务支出,General public services,provisional,,\n";
        calls.add(put(c, year, functional, CSV, list).as(JwtIssuer.CATALOG_ADMIN).is(201));
        calls.add(put(c, year, functional, CSV, list).as(JwtIssuer.CATALOG_ADMIN).is(200));
        calls.add(put(c, year, functional, CSV, list).is(401));
        calls.add(put(c, year, functional, CSV, list).as(JwtIssuer.BUDGET_EDITOR).is(403));
        calls.add(put(c, year, "/api/v1/schemes/nothing/years/" + CATALOG_YEAR, CSV, list).as(JwtIssuer.CATALOG_ADMIN).is(404));
        calls.add(put(c, year, functional, JSON, "{}").as(JwtIssuer.CATALOG_ADMIN).is(415));
        calls.add(put(c, year, functional, CSV, "code\n201\n").as(JwtIssuer.CATALOG_ADMIN).is(422));
        for (String scheme : List.of("economic-department", "economic-government")) {
            calls.add(put(c, year, "/api/v1/schemes/" + scheme + "/years/" + CATALOG_YEAR, CSV, economicList(scheme))
                    .as(JwtIssuer.CATALOG_ADMIN).is(201));
        }
        String correspondence = "/api/v1/correspondence/{year}";
        String pairs = "department_code,unit_column,government_code,provenance\n30101,ADMINISTRATIVE,50101,provisional\n";
        String own = "/api/v1/correspondence/" + CATALOG_YEAR;
        calls.add(put(c, correspondence, own, CSV, pairs).as(JwtIssuer.CATALOG_ADMIN).is(201));
        calls.add(put(c, correspondence, own, CSV, pairs).as(JwtIssuer.CATALOG_ADMIN).is(200));
        calls.add(put(c, correspondence, own, CSV, pairs).is(401));
        calls.add(put(c, correspondence, own, CSV, pairs).as(JwtIssuer.BUDGET_EDITOR).is(403));
        calls.add(put(c, correspondence, "/api/v1/correspondence/2036", CSV, pairs).as(JwtIssuer.CATALOG_ADMIN).is(404));
        calls.add(put(c, correspondence, "/api/v1/correspondence/1999", CSV, pairs).as(JwtIssuer.CATALOG_ADMIN).is(400));
        calls.add(put(c, correspondence, own, JSON, "{}").as(JwtIssuer.CATALOG_ADMIN).is(415));
        calls.add(put(c, correspondence, own, CSV, "department_code\n30101\n").as(JwtIssuer.CATALOG_ADMIN).is(422));
    }

    private static String economicList(String scheme) {
        return scheme.equals("economic-department")
                ? "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
                        + "301,类,,工资福利支出,Wages,provisional,PERSONNEL,\n30101,款,301,基本工资,Basic wages,provisional,PERSONNEL,\n"
                : "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
                        + "501,类,,机关工资福利支出,Wages,provisional,,\n50101,款,501,工资奖金津补贴,Wages,provisional,,\n";
    }

    private static void budgetWrites(List<Call> calls) {
        Service b = Service.BUDGET;
        String draft = BUDGETS + "/draft";
        String ownPackage = demoPackage("995");
        calls.add(put(b, draft, OWN + "/draft", JSON, ownPackage).is(401));
        calls.add(put(b, draft, OWN + "/draft", JSON, ownPackage).as(JwtIssuer.CATALOG_ADMIN).is(403));
        calls.add(put(b, draft, OWN + "/draft", "text/plain", "x").as(JwtIssuer.BUDGET_EDITOR).is(415));
        calls.add(put(b, draft, OWN + "/draft", JSON, "{").as(JwtIssuer.BUDGET_EDITOR).is(400));
        calls.add(put(b, draft, OWN + "/draft", JSON, demoPackageWithAnUnknownCode("995")).as(JwtIssuer.BUDGET_EDITOR)
                .is(422));
        calls.add(put(b, draft, OWN + "/draft", JSON, ownPackage).as(JwtIssuer.BUDGET_EDITOR).is(200));
        calls.add(put(b, draft, OWN + "/draft", JSON, ownPackage).as(JwtIssuer.BUDGET_EDITOR)
                .header("If-Match", "\"stale\"").is(412));
        String approval = "{\"approvalDate\": \"2022-02-01\", \"approvedBy\": \"区财政局\"}";
        String returned = "{\"reason\": \"项目支出明细不全，请补充后重新报送。\"}";
        calls.add(post(b, draft + "/approve", OWN + "/draft/approve", JSON, approval).as(Tokens.BUDGET_APPROVER).is(409));
        calls.add(post(b, draft + "/publish", OWN + "/draft/publish", null, null).as(Tokens.BUDGET_APPROVER).is(409));
        calls.add(post(b, draft + "/return", OWN + "/draft/return", JSON, returned).as(Tokens.BUDGET_APPROVER).is(409));
        calls.add(post(b, draft + "/submit", OWN + "/draft/submit", null, null).is(401));
        calls.add(post(b, draft + "/submit", OWN + "/draft/submit", null, null).as(JwtIssuer.CATALOG_ADMIN).is(403));
        calls.add(post(b, draft + "/submit", UNKNOWN + "/draft/submit", null, null).as(JwtIssuer.BUDGET_EDITOR).is(404));
        calls.add(post(b, draft + "/submit", OWN + "/draft/submit", null, null).as(JwtIssuer.BUDGET_EDITOR).is(200));
        // the bureau returns it (SUBMITTED → DRAFT) with a reason, and the department submits it again
        calls.add(post(b, draft + "/return", OWN + "/draft/return", JSON, returned).is(401));
        calls.add(post(b, draft + "/return", OWN + "/draft/return", JSON, returned).as(JwtIssuer.BUDGET_EDITOR).is(403));
        calls.add(post(b, draft + "/return", UNKNOWN + "/draft/return", JSON, returned).as(Tokens.BUDGET_APPROVER).is(404));
        calls.add(post(b, draft + "/return", OWN + "/draft/return", JSON, "{}").as(Tokens.BUDGET_APPROVER).is(400));
        calls.add(post(b, draft + "/return", OWN + "/draft/return", JSON, returned).as(Tokens.BUDGET_APPROVER).is(200));
        calls.add(post(b, draft + "/submit", OWN + "/draft/submit", null, null).as(JwtIssuer.BUDGET_EDITOR).is(200));
        calls.add(put(b, draft, OWN + "/draft", JSON, ownPackage).as(JwtIssuer.BUDGET_EDITOR).is(409));
        calls.add(post(b, draft + "/submit", OWN + "/draft/submit", null, null).as(JwtIssuer.BUDGET_EDITOR).is(409));
        calls.add(post(b, draft + "/approve", OWN + "/draft/approve", JSON, approval).is(401));
        calls.add(post(b, draft + "/approve", OWN + "/draft/approve", JSON, approval).as(JwtIssuer.CATALOG_ADMIN).is(403));
        // approval is the finance bureau's act, not the department's
        calls.add(post(b, draft + "/approve", OWN + "/draft/approve", JSON, approval).as(JwtIssuer.BUDGET_EDITOR).is(403));
        calls.add(post(b, draft + "/approve", UNKNOWN + "/draft/approve", JSON, approval).as(Tokens.BUDGET_APPROVER)
                .is(404));
        calls.add(post(b, draft + "/approve", OWN + "/draft/approve", JSON, "{\"approvalDate\": \"yesterday\"}")
                .as(Tokens.BUDGET_APPROVER).is(400));
        calls.add(post(b, draft + "/approve", OWN + "/draft/approve", JSON, approval).as(Tokens.BUDGET_APPROVER).is(200));
        calls.add(post(b, draft + "/publish", OWN + "/draft/publish", null, null).is(401));
        calls.add(post(b, draft + "/publish", OWN + "/draft/publish", null, null).as(JwtIssuer.CATALOG_ADMIN).is(403));
        calls.add(post(b, draft + "/publish", OWN + "/draft/publish", null, null).as(JwtIssuer.BUDGET_EDITOR).is(403));
        calls.add(post(b, draft + "/publish", UNKNOWN + "/draft/publish", null, null).as(Tokens.BUDGET_APPROVER).is(404));
        calls.add(post(b, draft + "/publish", OWN + "/draft/publish", null, null).as(Tokens.BUDGET_APPROVER).is(200));
        String adjustments = BUDGETS + "/adjustments";
        calls.add(post(b, adjustments, OWN + "/adjustments", null, null).is(401));
        calls.add(post(b, adjustments, OWN + "/adjustments", null, null).as(JwtIssuer.CATALOG_ADMIN).is(403));
        calls.add(post(b, adjustments, UNKNOWN + "/adjustments", null, null).as(JwtIssuer.BUDGET_EDITOR).is(404));
        calls.add(post(b, adjustments, OWN + "/adjustments", null, null).as(JwtIssuer.BUDGET_EDITOR).is(200));
        calls.add(post(b, adjustments, OWN + "/adjustments", null, null).as(JwtIssuer.BUDGET_EDITOR).is(409));
        calls.add(get(b, BUDGETS, OWN).as(JwtIssuer.BUDGET_EDITOR).is(200));
        calls.add(get(b, BUDGETS + "/history", OWN + "/history").as(JwtIssuer.BUDGET_EDITOR).is(200));
        calls.add(get(b, BUDGETS + "/history", OWN + "/history").is(200));
    }

    private static void performanceWrites(List<Call> calls) {
        Service p = Service.PERFORMANCE;
        String overall = demoTarget("overall");
        String project = demoTarget(PROJECT);
        // the overall target's first indicator is qualitative (graded), the project's a quantity (20 万元)
        String overallActuals = "{\"period\": \"MONITORING\", \"asOf\": \"2022-06-30\", \"indicators\": [{\"indicator\": 0, "
                + "\"grade\": \"ACHIEVED\"}]}";
        String projectActuals = "{\"period\": \"MONITORING\", \"asOf\": \"2022-06-30\", \"indicators\": [{\"indicator\": 0, "
                + "\"actual\": 20}]}";
        String overallPath = PERFORMANCE + "/overall";
        calls.add(put(p, overallPath, OWN_TARGETS + "/overall", JSON, overall).is(401));
        calls.add(put(p, overallPath, OWN_TARGETS + "/overall", JSON, overall).as(JwtIssuer.CATALOG_ADMIN).is(403));
        calls.add(put(p, overallPath, OWN_TARGETS + "/overall", JSON, overall).as(Tokens.PERFORMANCE_EVALUATOR).is(403));
        calls.add(put(p, overallPath, OWN_TARGETS + "/overall", JSON, "{\"tasks\": 1}").as(Tokens.PERFORMANCE_EDITOR).is(400));
        calls.add(put(p, overallPath, "/api/v1/regions/410304/departments/993/performance/2022/overall", JSON, overall)
                .as(Tokens.PERFORMANCE_EDITOR).is(422));
        calls.add(put(p, overallPath, OWN_TARGETS + "/overall", JSON, overall).as(Tokens.PERFORMANCE_EDITOR).is(200));
        String projectPath = PERFORMANCE + "/projects/{projectCode}";
        String ownProject = OWN_TARGETS + "/projects/" + PROJECT;
        calls.add(put(p, projectPath, ownProject, JSON, project).is(401));
        calls.add(put(p, projectPath, ownProject, JSON, project).as(JwtIssuer.CATALOG_ADMIN).is(403));
        calls.add(put(p, projectPath, ownProject, JSON, "{\"indicators\": 1}").as(Tokens.PERFORMANCE_EDITOR).is(400));
        calls.add(put(p, projectPath, OWN_TARGETS + "/projects/410304220000000000000", JSON, project)
                .as(Tokens.PERFORMANCE_EDITOR).is(422));
        calls.add(put(p, projectPath, ownProject, JSON, project).as(Tokens.PERFORMANCE_EDITOR).is(200));
        for (String target : List.of(overallPath, projectPath)) {
            String own = target.equals(overallPath) ? OWN_TARGETS + "/overall" : ownProject;
            String actuals = target.equals(overallPath) ? overallActuals : projectActuals;
            String other = target.equals(overallPath) ? "/api/v1/regions/410304/departments/999/performance/2022/overall"
                    : OWN_TARGETS + "/projects/410304220000000000000";
            calls.add(post(p, target + "/actuals", own + "/actuals", JSON, actuals).is(401));
            calls.add(post(p, target + "/actuals", own + "/actuals", JSON, actuals).as(JwtIssuer.CATALOG_ADMIN).is(403));
            calls.add(post(p, target + "/actuals", own + "/actuals", JSON, actuals).as(Tokens.PERFORMANCE_EDITOR).is(403));
            calls.add(post(p, target + "/actuals", other + "/actuals", JSON, actuals).as(Tokens.PERFORMANCE_EVALUATOR).is(404));
            calls.add(post(p, target + "/actuals", own + "/actuals", JSON, "{\"period\": 1}").as(Tokens.PERFORMANCE_EVALUATOR)
                    .is(400));
            calls.add(post(p, target + "/actuals", own + "/actuals", JSON, actuals.replace("\"indicator\": 0", "\"indicator\": 150"))
                    .as(Tokens.PERFORMANCE_EVALUATOR).is(422));
            calls.add(post(p, target + "/actuals", own + "/actuals", JSON, actuals).as(Tokens.PERFORMANCE_EVALUATOR).is(201));
        }
        calls.add(get(p, projectPath + "/evaluation", ownProject + "/evaluation?period=MONITORING").is(200));
        calls.add(get(p, PERFORMANCE + "/history", OWN_TARGETS + "/history").is(200));
    }

    /** The demo's budget package, as department {@code department} of the same region. */
    private static String demoPackage(String department) {
        ObjectNode budget = (ObjectNode) readDemo("demo/budgets/410304-141-2022.json");
        ((ObjectNode) budget.path("department")).put("code", department);
        return budget.toString();
    }

    /**
     * The same with a function code catalog-service does not know (422); its department is the path's, which since issue
     * 12 is checked first (another department's package is a 400).
     */
    private static String demoPackageWithAnUnknownCode(String department) {
        ObjectNode budget = (ObjectNode) readDemo("demo/budgets/410304-141-2022.json");
        ((ObjectNode) budget.path("department")).put("code", department);
        ((ObjectNode) budget.path("expenditures").path(0)).put("functionCode", "2019888");
        return budget.toString();
    }

    /** The demo's overall target, or one of its project targets by code. */
    private static String demoTarget(String which) {
        ObjectNode targets = (ObjectNode) readDemo("demo/performance/410304-141-2022.json");
        return (which.equals("overall") ? targets.path("overall") : targets.path("projects").path(which)).toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readDemo(String file) {
        try {
            return MAPPER.readTree(Files.readString(LocalStackExtension.projectRoot().resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Call get(Service service, String path) {
        return new Call(service, "GET", path, path, null, null);
    }

    private static Call get(Service service, String template, String uri) {
        return new Call(service, "GET", template, uri, null, null);
    }

    private static Call post(Service service, String template, String uri, String contentType, String body) {
        return new Call(service, "POST", template, uri, contentType, body);
    }

    private static Call put(Service service, String template, String uri, String contentType, String body) {
        return new Call(service, "PUT", template, uri, contentType, body);
    }

    /** One row: a request to one operation, and the status it must answer with. */
    static final class Call {

        final Service service;
        final String method;
        final String template;
        final String uri;
        final String contentType;
        final String body;
        final Map<String, String> headers = new LinkedHashMap<>();
        String role;
        boolean conditional;
        int status;

        Call(Service service, String method, String template, String uri, String contentType, String body) {
            this.service = service;
            this.method = method;
            this.template = template;
            this.uri = uri;
            this.contentType = contentType;
            this.body = body;
        }

        Call accept(String mediaType) {
            return header("Accept", mediaType);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Sent with a bearer token that has {@code role}. */
        Call as(String role) {
            this.role = role;
            return this;
        }

        /** Sent a second time with the first answer's ETag in If-None-Match. */
        Call conditional() {
            this.conditional = true;
            return this;
        }

        Call is(int status) {
            this.status = status;
            return this;
        }

        String operation() {
            return service + " " + method + " " + template;
        }

        Response send(LocalStack stack) {
            Response first = request(stack).request(method, uri);
            if (!conditional) {
                return first;
            }
            String etag = first.header("ETag");
            assertThat(etag).as(this + ": the first answer has an ETag").isNotNull();
            return request(stack).header("If-None-Match", etag).request(method, uri);
        }

        private RequestSpecification request(LocalStack stack) {
            RequestSpecification request = given().baseUri(stack.baseUrl(service).toString()).urlEncodingEnabled(true)
                    .headers(headers);
            if (role != null) {
                // every row acts in region 410304: the role for the whole region, so that scope never refuses a row
                request.auth().oauth2(new Tokens(stack.jwt()).regionWide("410304", role));
            }
            if (contentType != null) {
                request.contentType(contentType).body(body);
            }
            return request;
        }

        @Override
        public String toString() {
            return service + " " + method + " " + uri + (headers.isEmpty() ? "" : " " + headers) + (role == null ? "" : " as "
                    + role) + (conditional ? " (If-None-Match)" : "") + " → " + status;
        }
    }
}
