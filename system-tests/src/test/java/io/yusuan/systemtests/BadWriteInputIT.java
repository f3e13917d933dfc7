package io.yusuan.systemtests;

import static io.yusuan.systemtests.BadInput.concat;
import static io.yusuan.systemtests.BadInput.distinctive;
import static io.yusuan.systemtests.BadInput.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit's bad requests, and more, to every family of writes — a budget package (PUT draft), the lifecycle (approve,
 * return; submit, publish, adjustments), performance targets (overall, project), actuals, and a catalog code list —
 * each sent by someone allowed to write there, to a budget or year in a state where the request, were it good, would
 * succeed. Each is refused 4xx as problem+json within a second, quoting no Java and no more than an excerpt of the
 * bad value (see {@link BadInput}), and afterwards every table of every service's database is as it was (row counts
 * and checksums). Last, the good request the bad ones were made from succeeds: they were refused for what was wrong with
 * them.
 *
 * <p>Departments 9501–9507 of region 410304 and catalog year 2051 are this test's own.
 */
@ExtendWith(LocalStackExtension.class)
class BadWriteInputIT {

    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> REFUSED = Set.of(400, 422);
    private static final String JSON_TYPE = "application/json";
    private static final String MARK = "@@bad-value@@";

    /** A JSON write and the places in its body where each kind of bad value goes (null where it has none). */
    record JsonWrite(String name, Service service, String method, String path, String token, ObjectNode body,
                     String pathValue, Map<String, String> pointers, Consumer<Editors> goodAfterwards) {

        String pointer(String what) {
            return pointers.get(what);
        }

        RawHttp.Request request(byte[] withBody) {
            return RawHttp.Request.of(method, path).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").body(JSON_TYPE, withBody);
        }

        RawHttp.Request request(String withBody) {
            return request(utf8(withBody));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBadWriteIsRefusedQuicklyAsAProblemAndChangesNothing(LocalStack stack) {
        Editors editors = new Editors(stack::baseUrl, new Tokens(stack.jwt()));
        Databases databases = Databases.ofSharedStack();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonWrite write : jsonWrites(editors)) {
            tests.add(DynamicTest.dynamicTest(write.name(), () -> {
                List<BadInput.Case> cases = jsonCases(write);
                cases.addAll(pathCases(write.service(), RawHttp.Request.of(write.method(), write.path())
                        .header("Authorization", "Bearer " + write.token()).body(JSON_TYPE, write.body().toString().getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)), write.pathValue()));
                refusedAndNothingChanged(editors, databases, write.service(), write.name(), cases, 25, write.goodAfterwards());
            }));
        }
        for (String lifecycle : List.of("submit", "publish", "adjustments")) {
            tests.add(DynamicTest.dynamicTest("POST " + lifecycle + " (no body)", () -> {
                String department = switch (lifecycle) {
                    case "submit" -> "9503";
                    case "publish" -> "9504";
                    default -> "9505";
                };
                String path = Editors.budget(department) + (lifecycle.equals("adjustments") ? "/adjustments" : "/draft/" + lifecycle);
                String token = lifecycle.equals("publish") ? editors.approver() : editors.editor(department);
                List<BadInput.Case> cases = pathCases(Service.BUDGET, RawHttp.Request.of("POST", path)
                        .header("Authorization", "Bearer " + token), department);
                // a request without a body can only be bad in its URI
                refusedAndNothingChanged(editors, databases, Service.BUDGET, "POST " + lifecycle, cases, 15, null);
            }));
        }
        tests.add(DynamicTest.dynamicTest("PUT a catalog code list", () -> {
            String path = "/api/v1/schemes/functional/years/2051";
            RawHttp.Request good = RawHttp.Request.of("PUT", path).header("Authorization", "Bearer " + editors.catalogAdmin())
                    .body("text/csv; charset=UTF-8", utf8(CODE_LIST));
            List<BadInput.Case> cases = csvCases(good);
            cases.addAll(pathCases(Service.CATALOG, good, "functional"));
            refusedAndNothingChanged(editors, databases, Service.CATALOG, "PUT code list", cases, 25, e -> assertThat(
                    RawHttp.send(e.baseUrl(Service.CATALOG), good).status()).as("the good code list loads").isEqualTo(201));
        }));
        return tests.stream();
    }

    private static void refusedAndNothingChanged(Editors editors, Databases databases, Service service, String name,
                                                 List<BadInput.Case> cases, int kinds, Consumer<Editors> goodAfterwards) {
        assertThat(cases.stream().map(BadInput.Case::kind).distinct().count()).as(name + ": kinds of bad input")
                .isGreaterThanOrEqualTo(kinds);
        Map<String, String> before = databases.state();
        List<String> wrong = new ArrayList<>(BadInput.check(editors.baseUrl(service), cases));
        Databases.differences(before, databases.state()).forEach(table -> wrong.add("a bad request changed " + table));
        assertThat(wrong).as(name + ": bad requests not refused properly, or tables they changed").isEmpty();
        if (goodAfterwards != null) {
            goodAfterwards.accept(editors);
        }
    }

    private static final String CODE_LIST = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
            + "201,类,,一般公共服务支出,General public services,provisional,,\n"
            + "20101,款,201,人大事务,People's congress affairs,provisional,,\n";

    /** The JSON writes, each with its department brought to where the good request succeeds. */
    private static List<JsonWrite> jsonWrites(Editors editors) {
        List<JsonWrite> writes = new ArrayList<>();
        String draftDepartment = "9501";
        writes.add(new JsonWrite("PUT a budget package", Service.BUDGET, "PUT", Editors.budget(draftDepartment) + "/draft",
                editors.editor(draftDepartment), Editors.demoPackage(draftDepartment), draftDepartment, Map.of(
                        "string", "/department/name", "money", "/expenditures/0/amount", "date", "/assets/asOf",
                        "list", "/expenditures", "required", "/expenditures", "wrongType", "/fiscalYear",
                        "code", "/department/code"),
                e -> e.loadDraft(draftDepartment, Editors.demoPackage(draftDepartment))));

        String submitted = "9502";
        editors.loadDraft(submitted, Editors.demoPackage(submitted));
        editors.submit(submitted);
        ObjectNode approval = JsonNodeFactory.instance.objectNode();
        approval.put("approvalDate", "2022-02-01").put("approvedBy", "区财政局");
        writes.add(new JsonWrite("POST approve", Service.BUDGET, "POST", Editors.budget(submitted) + "/draft/approve",
                editors.approver(), approval, submitted, Map.of("string", "/approvedBy", "date", "/approvalDate",
                        "required", "/approvalDate", "wrongType", "/approvedBy"), null));
        ObjectNode returning = JsonNodeFactory.instance.objectNode();
        returning.put("reason", "项目支出明细不全，请补充后重新报送。");
        writes.add(new JsonWrite("POST return", Service.BUDGET, "POST", Editors.budget(submitted) + "/draft/return",
                editors.approver(), returning, submitted, Map.of("string", "/reason", "required", "/reason",
                        "wrongType", "/reason"), e -> Editors.expect(e.on(Service.BUDGET, e.approver())
                        .contentType(JSON_TYPE).body(returning.toString()).post(Editors.budget(submitted) + "/draft/return"),
                        200, "return " + submitted)));

        editors.loadDraft("9503", Editors.demoPackage("9503"));
        editors.loadDraft("9504", Editors.demoPackage("9504"));
        editors.submit("9504");
        editors.approve("9504");
        editors.publishDemoBudget("9505");

        String targets = "9506";
        editors.publishDemoBudget(targets);
        ObjectNode overall = Editors.demoTarget("overall");
        overall.put("declaredBudgetTotal", 1730700.00);
        ((ObjectNode) overall.path("indicators").path(0)).put("weight", 10);
        writes.add(new JsonWrite("PUT an overall target", Service.PERFORMANCE, "PUT", Editors.performance(targets) + "/overall",
                editors.performanceEditor(targets), overall, targets, Map.of("string", "/annualGoal",
                        "money", "/declaredBudgetTotal", "weight", "/indicators/0/weight", "list", "/indicators",
                        "required", "/indicators", "wrongType", "/tasks"),
                e -> Editors.expect(e.on(Service.PERFORMANCE, e.performanceEditor(targets)).contentType(JSON_TYPE)
                        .body(overall.toString()).put(Editors.performance(targets) + "/overall"), 200, "write the target")));
        ObjectNode project = Editors.demoTarget(Editors.PROJECT);
        ((ObjectNode) project.path("indicators").path(0)).put("weight", 10);
        writes.add(new JsonWrite("PUT a project target", Service.PERFORMANCE, "PUT",
                Editors.performance(targets) + "/projects/" + Editors.PROJECT, editors.performanceEditor(targets), project,
                Editors.PROJECT, Map.of("string", "/indicators/0/name", "weight", "/indicators/0/weight",
                        "list", "/indicators", "required", "/annualGoal", "wrongType", "/indicators"),
                e -> e.writeProjectTarget(targets)));

        String actuals = "9507";
        editors.publishDemoBudget(actuals);
        editors.writeProjectTarget(actuals);
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.put("period", "SELF_EVALUATION").put("asOf", "2022-12-31").put("executed", 196000.00);
        report.putObject("weights").put("output", 50).put("benefit", 30).put("satisfaction", 10).put("budgetExecution", 10);
        report.putArray("indicators").addObject().put("indicator", 0).put("actual", 20)
                .put("deviationReason", "按计划完成。");
        writes.add(new JsonWrite("POST actuals", Service.PERFORMANCE, "POST",
                Editors.performance(actuals) + "/projects/" + Editors.PROJECT + "/actuals", editors.evaluator(actuals), report,
                Editors.PROJECT, Map.of("string", "/indicators/0/deviationReason", "money", "/executed",
                        "weight", "/weights/output", "date", "/asOf", "list", "/indicators", "required", "/period",
                        "wrongType", "/period"),
                e -> Editors.expect(e.on(Service.PERFORMANCE, e.evaluator(actuals)).contentType(JSON_TYPE)
                        .body(report.toString()).post(Editors.performance(actuals) + "/projects/" + Editors.PROJECT
                                + "/actuals"), 201, "record the actuals")));
        return writes;
    }

    /** The body with the value at {@code pointer} replaced by raw JSON text (which need not be valid JSON). */
    static String withRaw(JsonNode body, String pointer, String rawJson) {
        ObjectNode copy = (ObjectNode) body.deepCopy();
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.put(path.last().getMatchingProperty(), MARK);
        } else if (parent instanceof ArrayNode array) {
            array.set(path.last().getMatchingIndex(), array.textNode(MARK));
        } else {
            throw new IllegalArgumentException("No " + pointer + " in " + body);
        }
        return copy.toString().replace("\"" + MARK + "\"", rawJson);
    }

    static String without(JsonNode body, String pointer) {
        ObjectNode copy = (ObjectNode) body.deepCopy();
        JsonPointer path = JsonPointer.compile(pointer);
        ((ObjectNode) copy.at(path.head())).remove(path.last().getMatchingProperty());
        return copy.toString();
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    /** Bad bodies, each kind where the write has a place for it. */
    private static List<BadInput.Case> jsonCases(JsonWrite write) {
        List<BadInput.Case> cases = new ArrayList<>();
        ObjectNode body = write.body();
        String good = body.toString();
        String string = write.pointer("string");
        if (string != null) {
            cases.add(new BadInput.Case("NUL in a string", write.request(withRaw(body, string, "\"a\\u0000b\"")), BAD_REQUEST, null));
            cases.add(new BadInput.Case("a lone surrogate \\ud800 in a string", write.request(withRaw(body, string,
                    "\"a\\ud800b\"")), BAD_REQUEST, null));
            cases.add(new BadInput.Case("a lone low surrogate \\udc00 in a string", write.request(withRaw(body, string,
                    "\"\\udc00\"")), BAD_REQUEST, null));
            String mebibyte = distinctive(1 << 20);
            cases.add(new BadInput.Case("a 1 MiB string", write.request(withRaw(body, string, quoted(mebibyte))),
                    Set.of(400, 413, 422), mebibyte));
            String large = distinctive(300 * 1024);
            cases.add(new BadInput.Case("a 300 KB string", write.request(withRaw(body, string, quoted(large))), REFUSED, large));
            String longer = distinctive(20_001);
            cases.add(new BadInput.Case("a string of 20001 characters", write.request(withRaw(body, string, quoted(longer))),
                    REFUSED, longer));
            byte[] invalid = utf8(withRaw(body, string, "\"" + MARK + "\""));
            cases.add(new BadInput.Case("invalid UTF-8 bytes in a string", write.request(replaceMark(invalid,
                    new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'})), BAD_REQUEST, null));
            cases.add(new BadInput.Case("an overlong UTF-8 encoding in a string", write.request(replaceMark(invalid,
                    new byte[] {(byte) 0xC0, (byte) 0xAF})), BAD_REQUEST, null));
            cases.add(new BadInput.Case("a CESU-8 surrogate in a string", write.request(replaceMark(invalid,
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})), BAD_REQUEST, null));
            cases.add(new BadInput.Case("JSON nested 100000 deep", write.request(withRaw(body, string,
                    "[".repeat(100_000) + "]".repeat(100_000))), BAD_REQUEST, null));
        }
        String firstKey = body.fieldNames().next();
        cases.add(new BadInput.Case("a duplicate key", write.request("{\"" + firstKey + "\": " + body.get(firstKey) + ", "
                + good.substring(1)), BAD_REQUEST, null));
        cases.add(new BadInput.Case("trailing garbage", write.request(good + " garbage"), BAD_REQUEST, null));
        cases.add(new BadInput.Case("a second JSON value", write.request(good + "{}"), BAD_REQUEST, null));
        cases.add(new BadInput.Case("an unknown property", write.request(withRaw(body, "/unexpectedProperty", "1")), REFUSED,
                null));
        cases.add(new BadInput.Case("a value of the wrong type", write.request(withRaw(body, write.pointer("wrongType"),
                "{\"unexpected\": [1, 2]}")), REFUSED, null));
        cases.add(new BadInput.Case("null for a required value", write.request(withRaw(body, write.pointer("required"),
                "null")), REFUSED, null));
        cases.add(new BadInput.Case("a required value missing", write.request(without(body, write.pointer("required"))),
                REFUSED, null));
        String money = write.pointer("money");
        if (money != null) {
            for (String amount : List.of("1e16", "1E+400", "1e400", "-1", "0.001", "\"abc\"", "10000000000000000000000")) {
                cases.add(new BadInput.Case("money " + amount, write.request(withRaw(body, money, amount)), REFUSED, null));
            }
        }
        String weight = write.pointer("weight");
        if (weight != null) {
            for (String value : List.of("101", "1e400", "-0.5", "12.345")) {
                cases.add(new BadInput.Case("weight " + value, write.request(withRaw(body, weight, value)), REFUSED, null));
            }
        }
        String date = write.pointer("date");
        if (date != null) {
            for (String value : List.of("+57331-01-12", "1900-01-01", "2022-13-45", "2022-02-30")) {
                cases.add(new BadInput.Case("date " + value, write.request(withRaw(body, date, quoted(value))), REFUSED, null));
            }
        }
        String list = write.pointer("list");
        if (list != null) {
            cases.add(new BadInput.Case("a huge array of the wrong items", write.request(withRaw(body, list,
                    "[" + "0,".repeat(1_000_000) + "0]")), Set.of(400, 413, 422), null));
            cases.add(new BadInput.Case("a list of the wrong type", write.request(withRaw(body, list, "\"a list\"")), REFUSED,
                    null));
        }
        String code = write.pointer("code");
        if (code != null) {
            cases.add(new BadInput.Case("a code in the body other than the path's", write.request(withRaw(body, code,
                    "\"9599\"")), REFUSED, null));
            cases.add(new BadInput.Case("a 10 KB code in the body", write.request(withRaw(body, code,
                    quoted(BadInput.times("9", 10_240)))), REFUSED, BadInput.times("9", 10_240)));
        }
        cases.add(new BadInput.Case("an empty body", write.request(new byte[0]), REFUSED, null));
        cases.add(new BadInput.Case("not JSON", write.request("<budget/>"), BAD_REQUEST, null));
        cases.add(new BadInput.Case("JSON null", write.request("null"), REFUSED, null));
        cases.add(new BadInput.Case("a JSON array", write.request("[" + good + "]"), REFUSED, null));
        cases.add(new BadInput.Case("a BOM and NULs", write.request(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                0, 0}, utf8(good))), BAD_REQUEST, null));
        cases.add(new BadInput.Case("the wrong Content-Type", write.request(utf8(good)).header("Content-Type", "text/plain"),
                Set.of(415), null));
        cases.add(overSize(write.service(), write.request(new byte[0])));
        return cases;
    }

    private static BadInput.Case overSize(Service service, RawHttp.Request request) {
        long limit = BadInput.maxBodySize(service);
        byte[] body = new byte[(int) Math.min(Integer.MAX_VALUE - 8, limit + 1024 * 1024)];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        return new BadInput.Case("a body over the size limit (" + limit + " bytes)", request.body(body), Set.of(413), null);
    }

    private static byte[] replaceMark(byte[] body, byte[] with) {
        byte[] mark = utf8("\"" + MARK + "\"");
        for (int i = 0; i + mark.length <= body.length; i++) {
            if (java.util.Arrays.equals(body, i, i + mark.length, mark, 0, mark.length)) {
                return concat(java.util.Arrays.copyOfRange(body, 0, i), new byte[] {'"'}, with, new byte[] {'"'},
                        java.util.Arrays.copyOfRange(body, i + mark.length, body.length));
            }
        }
        throw new IllegalArgumentException("no mark");
    }

    /**
     * Bad request targets: a code segment ({@code value}, the department, project or scheme of the path) made bad in each
     * way a URI can be, a year and region out of pattern, and a URI too long.
     */
    static List<BadInput.Case> pathCases(Service service, RawHttp.Request good, String value) {
        List<BadInput.Case> cases = new ArrayList<>();
        String path = good.target();
        String segment = "/" + value;
        if (!path.contains(segment)) {
            throw new IllegalArgumentException(path + " has no segment " + value);
        }
        Map<String, String> segments = new java.util.LinkedHashMap<>();
        segments.put("NUL in a path segment", "9%00");
        segments.put("a control character in a path segment", "9%01");
        segments.put("bad percent-encoding in a path segment", "9%zz");
        segments.put("a lone % in a path segment", "9%");
        segments.put("invalid UTF-8 in a path segment", "9%C3%28");
        segments.put("an overlong UTF-8 encoding in a path segment", "%C0%AF");
        segments.put("a lone surrogate in a path segment", "%ED%A0%80");
        segments.put("a path segment out of its pattern", "%E9%83%A8%E9%97%A8");
        segments.put("an encoded slash in a path segment", "..%2F..%2F141");
        for (Map.Entry<String, String> bad : segments.entrySet()) {
            cases.add(new BadInput.Case(bad.getKey(), good.target(path.replaceFirst(java.util.regex.Pattern.quote(segment),
                    java.util.regex.Matcher.quoteReplacement("/" + bad.getValue()))), Set.of(400, 404), null));
        }
        String tenKb = BadInput.times("7", 10_240);
        cases.add(new BadInput.Case("a 10 KB path segment", good.target(path.replaceFirst(java.util.regex.Pattern.quote(segment),
                "/" + tenKb)), Set.of(400, 414), tenKb));
        if (path.contains("/2022")) {
            for (String year : List.of("20222", "1e400", "-1", "99999999999999999999")) {
                cases.add(new BadInput.Case("year " + year, good.target(path.replaceFirst("/2022", "/" + year)), Set.of(400, 404),
                        null));
            }
        } else if (path.contains("/2051")) {
            for (String year : List.of("20222", "1e400", "-1", "99999999999999999999")) {
                cases.add(new BadInput.Case("year " + year, good.target(path.replaceFirst("/2051", "/" + year)), Set.of(400, 404),
                        null));
            }
        }
        if (path.contains("/regions/" + Editors.REGION)) {
            cases.add(new BadInput.Case("a region out of pattern", good.target(path.replace("/regions/" + Editors.REGION,
                    "/regions/41030X")), Set.of(400, 404), null));
            cases.add(new BadInput.Case("NUL in the region", good.target(path.replace("/regions/" + Editors.REGION,
                    "/regions/410%0004")), Set.of(400), null));
        }
        cases.add(new BadInput.Case("a URI over 8 KiB", good.target(path + "?pad=" + BadInput.times("a", 20_000)), Set.of(414),
                null));
        cases.add(new BadInput.Case("NUL in a query parameter", good.target(path + "?x=%00"), Set.of(400), null));
        return cases;
    }

    /** Bad code lists: CSV made bad in each way, the request otherwise the good one. */
    private static List<BadInput.Case> csvCases(RawHttp.Request good) {
        List<BadInput.Case> cases = new ArrayList<>();
        String header = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n";
        String row = "201,类,,一般公共服务支出,General public services,provisional,,\n";
        java.util.function.BiFunction<String, byte[], BadInput.Case> csv = (kind, body) -> new BadInput.Case(kind,
                good.body(body), REFUSED, null);
        cases.add(csv.apply("NUL in a cell", utf8(header + "201,类,,一般\0公共服务支出,General,provisional,,\n")));
        cases.add(csv.apply("a control character in a cell", utf8(header + "201,类,,一般\u0007公共服务支出,General,provisional,,\n")));
        cases.add(csv.apply("a CESU-8 surrogate in a cell", concat(utf8(header + "201,类,,一般"),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8(",General,provisional,,\n"))));
        cases.add(csv.apply("invalid UTF-8 in a cell", concat(utf8(header + "201,类,,一般"), new byte[] {(byte) 0xFF, (byte) 0xFE},
                utf8(",General,provisional,,\n"))));
        cases.add(csv.apply("an overlong UTF-8 encoding in a cell", concat(utf8(header + "201,类,,"),
                new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8(",General,provisional,,\n"))));
        String mebibyte = distinctive(1 << 20);
        cases.add(new BadInput.Case("a 1 MiB name", good.body(utf8(header + "201,类,," + mebibyte + ",General,provisional,,\n")),
                Set.of(400, 413, 422), mebibyte));
        String large = distinctive(300 * 1024);
        cases.add(new BadInput.Case("a 300 KB code", good.body(utf8(header + large + ",类,,一般公共服务支出,General,provisional,,\n")),
                REFUSED, large));
        cases.add(csv.apply("a duplicate column", utf8("code,code,level,parent,name,name_en,provenance,basic_category,"
                + "three_public_part\n201,201,类,,一般公共服务支出,General,provisional,,\n")));
        cases.add(csv.apply("an unknown column", utf8("code,level,parent,name,name_en,provenance,basic_category,"
                + "three_public_part,surprise\n201,类,,一般公共服务支出,General,provisional,,,x\n")));
        cases.add(csv.apply("a required column missing", utf8("code,level,parent\n201,类,\n")));
        cases.add(csv.apply("a required cell empty", utf8(header + "201,类,,,General,provisional,,\n")));
        cases.add(csv.apply("a row with too many cells", utf8(header + "201,类,,一般公共服务支出,General,provisional,,,,,\n")));
        cases.add(csv.apply("a row with too few cells", utf8(header + "201,类\n")));
        cases.add(csv.apply("an unclosed quote", utf8(header + "201,类,,\"一般公共服务支出,General,provisional,,\n")));
        cases.add(csv.apply("a header only", utf8(header)));
        cases.add(csv.apply("an empty body", new byte[0]));
        cases.add(csv.apply("binary garbage", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF}));
        cases.add(csv.apply("a level that is none", utf8(header + "201,级,,一般公共服务支出,General,provisional,,\n")));
        cases.add(csv.apply("a code with letters", utf8(header + "2O1,类,,一般公共服务支出,General,provisional,,\n")));
        cases.add(csv.apply("a duplicate code", utf8(header + row + row)));
        cases.add(csv.apply("a parent that is not there", utf8(header + "20101,款,299,人大事务,General,provisional,,\n")));
        cases.add(csv.apply("an unknown basic category", utf8(header + "201,类,,一般公共服务支出,General,provisional,NOTHING,\n")));
        cases.add(csv.apply("100000 rows of one code", utf8(header + row.repeat(100_000))));
        cases.add(new BadInput.Case("the wrong Content-Type", good.header("Content-Type", "application/json"), Set.of(415), null));
        cases.add(new BadInput.Case("coverage that is none", good.target(good.target() + "?coverage=NOTHING"), BAD_REQUEST,
                null));
        cases.add(new BadInput.Case("NUL in coverage", good.target(good.target() + "?coverage=FULL%00"), BAD_REQUEST, null));
        cases.add(overSize(Service.CATALOG, good));
        return cases;
    }
}
