package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.yusuan.localrun.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every parameter of every read, generated from the documents the running services serve: each path and query
 * parameter of each GET is given, one at a time, values no client should send — NUL and other control characters, bad
 * percent-encoding, invalid UTF-8, a lone surrogate, 10 KB — and, where its schema types or constrains it, a value of the
 * wrong type, out of range, 1e400 or a page size over the cap. The URI as a whole is made too long, and an unknown media
 * type is asked for. Each is refused 4xx as problem+json within a second, quoting no Java and no more than an excerpt
 * (see {@link BadInput}); the reads change no table.
 *
 * <p>Each operation is first called as a client would, with the demo's codes or the documents' examples, and must not
 * be refused (a 404 where the demo has nothing, as an evaluation nobody reported actuals for, is no refusal): the bad
 * values are refused for being bad.
 */
@ExtendWith(LocalStackExtension.class)
class BadReadParameterIT {

    /** Values for parameters whose document gives no example: the demo's. */
    private static final Map<String, String> DEMO_VALUES = Map.ofEntries(
            Map.entry("region", "410304"), Map.entry("department", "141"), Map.entry("year", "2022"),
            Map.entry("projectCode", Editors.PROJECT), Map.entry("scheme", "functional"), Map.entry("number", "01"),
            Map.entry("file", "NotoSansSC-Regular.ttf"), Map.entry("from", "2021"), Map.entry("to", "2022"),
            Map.entry("period", "MONITORING"));

    @TestFactory
    Stream<DynamicTest> everyBadParameterOfEveryReadIsRefusedQuicklyAsAProblem(LoadedDemo demo) {
        Databases databases = Databases.ofSharedStack();
        Map<String, String> before = databases.state();
        List<DynamicTest> tests = new ArrayList<>();
        for (Service service : Service.values()) {
            JsonNode document = AuthorizationMatrixIT.served(demo.stack().baseUrl(service));
            document.path("paths").properties().forEach(path -> {
                JsonNode get = path.getValue().path("get");
                if (get.isMissingNode()) {
                    return;
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                get.path("parameters").forEach(parameters::add);
                String name = service + " GET " + path.getKey();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Read read = new Read(path.getKey(), parameters);
                    RawHttp.Answer good = RawHttp.send(demo.stack().baseUrl(service), read.request(Map.of()));
                    // 404 where the demo has nothing to show (an evaluation of actuals nobody reported): not refused as bad
                    assertThat(good.status()).as(name + " with good values " + read.request(Map.of()) + ": " + good)
                            .matches(status -> status < 400 || status == 404, "below 400, or 404");
                    List<BadInput.Case> cases = read.cases();
                    assertThat(BadInput.check(demo.stack().baseUrl(service), cases)).as(name + ": bad parameters not refused"
                            + " properly").isEmpty();
                }));
            });
        }
        tests.add(DynamicTest.dynamicTest("the reads changed no table", () ->
                assertThat(Databases.differences(before, databases.state())).isEmpty()));
        return tests.stream();
    }

    /** One GET operation and its parameters as the document declares them. */
    private record Read(String template, List<JsonNode> parameters) {

        /** The request with every path parameter and required query parameter good, but those in {@code bad}. */
        RawHttp.Request request(Map<String, String> bad) {
            String path = template;
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                if (in.equals("path")) {
                    path = path.replace("{" + name + "}", bad.containsKey(name) ? bad.get(name) : good(parameter));
                } else if (in.equals("query") && (bad.containsKey(name) || parameter.path("required").asBoolean())) {
                    query.add(name + "=" + (bad.containsKey(name) ? bad.get(name) : good(parameter)));
                }
            }
            return RawHttp.Request.of("GET", path + (query.isEmpty() ? "" : "?" + String.join("&", query)))
                    .header("Accept", "*/*");
        }

        private String good(JsonNode parameter) {
            String name = parameter.path("name").asText();
            if (name.equals("code")) {
                return template.startsWith("/api/v1/regions/") ? "410304" : "2010301";
            }
            JsonNode example = parameter.path("example");
            if (example.isMissingNode()) {
                example = parameter.path("schema").path("example");
            }
            if (DEMO_VALUES.containsKey(name)) {
                return DEMO_VALUES.get(name);
            }
            if (!example.isMissingNode() && !example.isNull()) {
                return example.asText();
            }
            JsonNode enumeration = parameter.path("schema").path("enum");
            if (enumeration.size() > 0) {
                return enumeration.get(0).asText();
            }
            throw new IllegalStateException(template + ": no good value for parameter " + name);
        }

        List<BadInput.Case> cases() {
            List<BadInput.Case> cases = new ArrayList<>();
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                if (!in.equals("path") && !in.equals("query")) {
                    continue;
                }
                Set<Integer> refused = in.equals("path") ? Set.of(400, 404) : Set.of(400);
                JsonNode schema = parameter.path("schema");
                String type = schema.path("type").asText();
                boolean number = type.equals("integer") || type.equals("number");
                // a code, a number, a date, one of a list; not free text (a search), which may hold almost anything
                boolean constrained = number || schema.has("pattern") || schema.has("enum") || schema.has("format");
                Map<String, String> values = new LinkedHashMap<>();
                values.put("NUL", "1%00");
                values.put("a control character", "1%07");
                values.put("a newline", "1%0A");
                values.put("bad percent-encoding", "1%zz");
                values.put("a lone %", "1%");
                if (constrained) {
                    values.put("invalid UTF-8", "1%FF%FE");
                    values.put("an overlong UTF-8 encoding", "%C0%AF");
                    values.put("a lone surrogate", "%ED%A0%80");
                    values.put("not of its type or pattern", "x%E5%9D%8F");
                }
                if (number) {
                    values.put("a number over 64 bits", "99999999999999999999");
                    values.put("1e400", "1e400");
                    values.put("-1", "-1");
                }
                values.forEach((kind, value) -> cases.add(new BadInput.Case(kind + " in " + in + " parameter " + name,
                        request(Map.of(name, value)), refused, null)));
                String tenKb = BadInput.times("9", 10_240);
                cases.add(new BadInput.Case("10 KB in " + in + " parameter " + name, request(Map.of(name, tenKb)),
                        Set.of(400, 414), tenKb));
                if (schema.has("maximum")) {
                    String over = schema.path("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString();
                    cases.add(new BadInput.Case("over the maximum in " + in + " parameter " + name,
                            request(Map.of(name, over)), refused, null));
                }
                if (name.equals("limit")) {
                    cases.add(new BadInput.Case("a page size over the cap", request(Map.of(name, "1000000")), Set.of(400), null));
                    cases.add(new BadInput.Case("a page size of 0", request(Map.of(name, "0")), Set.of(400), null));
                }
            }
            RawHttp.Request good = request(Map.of());
            String separator = good.target().contains("?") ? "&" : "?";
            cases.add(new BadInput.Case("a URI over 8 KiB", good.target(good.target() + separator + "pad="
                    + BadInput.times("a", 20_000)), Set.of(414), null));
            cases.add(new BadInput.Case("an Accept nothing serves", good.header("Accept", "application/x-nothing"),
                    Set.of(406), null));
            cases.add(new BadInput.Case("NUL in an unknown query parameter", good.target(good.target() + separator + "x=%00"),
                    Set.of(400), null));
            return cases;
        }

        @Override
        public String toString() {
            return template + " " + parameters.stream().map(p -> p.path("name").asText()).collect(Collectors.joining(","));
        }
    }
}
