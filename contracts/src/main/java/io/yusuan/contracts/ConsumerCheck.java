package io.yusuan.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a consumer's expectation ({@link ConsumerExpectation}) against a provider's OpenAPI document: every operation the
 * consumer calls exists with the path and query parameters it sends, the provider accepts every field of the body it
 * sends, and answers, for the media type it asks for, every response field it reads with a compatible JSON type. A
 * renamed or dropped field that a consumer reads is a gap here, even where the provider's document is otherwise valid.
 */
public final class ConsumerCheck {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final JsonNode document;
    private final List<String> gaps = new ArrayList<>();

    private ConsumerCheck(JsonNode document) {
        this.document = document;
    }

    /** What the provider's {@code document} lacks of what the consumer's {@code expectation} reads; empty when it holds. */
    public static List<String> gaps(JsonNode expectation, JsonNode document) {
        ConsumerCheck check = new ConsumerCheck(document);
        for (JsonNode operation : expectation.path("operations")) {
            check.operation(expectation.path("consumer").asText(), operation);
        }
        return check.gaps;
    }

    /** The gaps of every committed expectation on {@code provider}, checked against its committed document. */
    public static List<String> committedGaps(String provider) {
        JsonNode document = ContractFiles.read(ContractFiles.document(provider));
        List<String> all = new ArrayList<>();
        for (Path expectation : ContractFiles.expectationsOn(provider)) {
            all.addAll(gaps(ContractFiles.read(expectation), document));
        }
        return all;
    }

    /**
     * Every response field of {@code committed} that {@code generated} no longer answers with a compatible type: the
     * committed document read as the expectation of a consumer that reads every field of every JSON answer. A field gone
     * is breaking even where it was optional, since consumers read optional fields too.
     */
    public static List<String> removedResponseFields(JsonNode committed, JsonNode generated) {
        ConsumerCheck before = new ConsumerCheck(committed);
        ConsumerCheck after = new ConsumerCheck(generated);
        committed.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode answers = generated.path("paths").path(path.getKey()).path(method.getKey()).path("responses");
            method.getValue().path("responses").fields().forEachRemaining(status -> status.getValue().path("content").fields()
                    .forEachRemaining(media -> {
                        JsonNode now = answers.path(status.getKey()).path("content").path(media.getKey()).path("schema");
                        if (status.getKey().startsWith("2") && media.getKey().contains("json") && !now.isMissingNode()) {
                            after.compatible(method.getKey().toUpperCase() + " " + path.getKey() + " " + status.getKey() + " "
                                    + media.getKey() + " answers", "response",
                                    before.expected(media.getValue().path("schema"), new HashSet<>()), now);
                        }
                    }));
        }));
        return after.gaps;
    }

    /** A schema of this document in the form of an expectation: $refs resolved, each object's properties, to a cycle. */
    private JsonNode expected(JsonNode schema, Set<String> refs) {
        ObjectNode expected = ContractFiles.JSON.createObjectNode();
        if (schema.has("$ref") && !refs.add(schema.path("$ref").asText())) {
            return expected; // a recursive schema: its fields were expected one level up
        }
        JsonNode actual = resolve(schema);
        if (actual == null) {
            return expected;
        }
        Set<String> types = types(actual);
        Map<String, JsonNode> properties = properties(actual);
        if (types.contains("array")) {
            expected.put("type", "array").set("items", expected(actual.path("items"), new HashSet<>(refs)));
        } else if (types.contains("object") || !properties.isEmpty()) {
            expected.put("type", "object");
            ObjectNode fields = expected.putObject("properties");
            properties.forEach((name, property) -> fields.set(name, expected(property, new HashSet<>(refs))));
            if (actual.path("additionalProperties").isObject()) {
                expected.set("additionalProperties", expected(actual.path("additionalProperties"), new HashSet<>(refs)));
            }
        } else if (types.size() == 1) {
            expected.put("type", types.iterator().next());
        }
        return expected;
    }

    private void operation(String consumer, JsonNode expected) {
        String name = consumer + " calls " + expected.path("method").asText() + " " + expected.path("path").asText();
        List<Map.Entry<String, JsonNode>> paths = providerPaths(expected.path("path").asText());
        if (paths.isEmpty()) {
            gaps.add(name + ": the provider has no such path");
        }
        for (Map.Entry<String, JsonNode> path : paths) {
            operation(name, expected, path);
        }
    }

    /** Checks one provider path the consumer's template matches ({@code /tables/{number}} matches {@code /tables/12}). */
    private void operation(String name, JsonNode expected, Map.Entry<String, JsonNode> path) {
        JsonNode operation = path.getValue().path(expected.path("method").asText().toLowerCase());
        if (operation.isMissingNode()) {
            gaps.add(name + ": the provider's path " + path.getKey() + " has no " + expected.path("method").asText());
            return;
        }
        Set<String> queryParameters = new HashSet<>();
        for (JsonNode parameters : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : parameters) {
                if (parameter.path("in").asText().equals("query")) {
                    queryParameters.add(parameter.path("name").asText());
                }
            }
        }
        for (JsonNode parameter : expected.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && !queryParameters.contains(parameter.path("name").asText())) {
                gaps.add(name + ": query parameter " + parameter.path("name").asText() + " is not declared");
            }
        }
        JsonNode request = expected.path("request");
        if (!request.isMissingNode()) {
            JsonNode body = operation.path("requestBody").path("content").path(request.path("mediaType").asText());
            if (body.isMissingNode()) {
                gaps.add(name + ": the provider takes no " + request.path("mediaType").asText() + " body");
            } else {
                compatible(name + " sends", "body", request.path("schema"), body.path("schema"));
            }
        }
        response(name, expected.path("response"), operation.path("responses"));
    }

    private void response(String name, JsonNode expected, JsonNode responses) {
        String mediaType = expected.path("mediaType").asText();
        List<JsonNode> answers = new ArrayList<>();
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2") && response.getValue().path("content").has(mediaType)) {
                answers.add(response.getValue().path("content").path(mediaType));
            }
        });
        if (answers.isEmpty()) {
            gaps.add(name + ": no 2xx answer declares " + mediaType);
            return;
        }
        if (expected.path("schema").path("format").asText().equals("binary")) {
            return; // bytes of a declared media type (e.g. the XLSX workbook): nothing inside to check
        }
        for (JsonNode answer : answers) {
            compatible(name + " reads", "response", expected.path("schema"), answer.path("schema"));
        }
    }

    /** Whether the provider's schema gives (or accepts) what the expected schema reads (or sends), at {@code where}. */
    private void compatible(String name, String where, JsonNode expected, JsonNode provided) {
        JsonNode actual = resolve(provided);
        if (actual == null || !expected.has("type")) {
            return; // the provider declares any value here
        }
        String type = expected.path("type").asText();
        Set<String> types = types(actual);
        switch (type) {
            case "object" -> {
                if (!types.isEmpty() && !types.contains("object")) {
                    gaps.add(name + " " + where + " as an object, but the provider declares " + types);
                    return;
                }
                expected.path("properties").fields().forEachRemaining(property -> {
                    JsonNode declared = properties(actual).get(property.getKey());
                    if (declared == null) {
                        gaps.add(name + " " + where + "." + property.getKey() + ", which the provider does not declare");
                    } else {
                        compatible(name, where + "." + property.getKey(), property.getValue(), declared);
                    }
                });
                if (expected.has("additionalProperties")) {
                    JsonNode values = actual.path("additionalProperties");
                    if (!values.isObject()) {
                        gaps.add(name + " " + where + " as a map, but the provider declares no map values");
                    } else {
                        compatible(name, where + ".*", expected.path("additionalProperties"), values);
                    }
                }
            }
            case "array" -> {
                if (!types.isEmpty() && !types.contains("array")) {
                    gaps.add(name + " " + where + " as an array, but the provider declares " + types);
                } else {
                    compatible(name, where + "[]", expected.path("items"), actual.path("items"));
                }
            }
            default -> {
                boolean fits = types.isEmpty() || types.contains(type)
                        || (type.equals("number") && types.contains("integer"));
                if (!fits) {
                    gaps.add(name + " " + where + " as " + type + ", but the provider declares " + types);
                }
            }
        }
    }

    /** The schema behind {@code $ref}s, {@code allOf}s of one schema and nullable {@code anyOf}s; null for any value. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 32; depth++) {
            if (current == null || current.isMissingNode() || current.isEmpty()) {
                return null;
            }
            if (current.has("$ref")) {
                String ref = current.path("$ref").asText();
                current = document.path("components").path("schemas").path(ref.substring(SCHEMA_REF.length()));
                continue;
            }
            JsonNode alternatives = current.has("allOf") ? current.path("allOf")
                    : current.has("anyOf") ? current.path("anyOf") : current.path("oneOf");
            List<JsonNode> nonNull = new ArrayList<>();
            for (JsonNode alternative : alternatives) {
                if (!types(alternative).equals(Set.of("null"))) {
                    nonNull.add(alternative);
                }
            }
            if (nonNull.size() == 1 && !current.has("properties") && !current.has("type")) {
                current = nonNull.get(0);
                continue;
            }
            return current;
        }
        throw new IllegalStateException("$ref chain too long in the provider's document");
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        for (JsonNode part : schema.path("allOf")) {
            JsonNode resolved = resolve(part);
            if (resolved != null) {
                properties.putAll(properties(resolved));
            }
        }
        return properties;
    }

    /** The JSON types a schema allows, without {@code null}: OpenAPI 3.1 writes a nullable string as [string, null]. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (types.size() > 1) {
            types.remove("null");
        }
        return types;
    }

    /** The provider's paths that a consumer's path template matches, segment by segment; a variable matches any. */
    private List<Map.Entry<String, JsonNode>> providerPaths(String template) {
        String[] wanted = template.split("/");
        List<Map.Entry<String, JsonNode>> matching = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            String[] offered = path.getKey().split("/");
            boolean matches = offered.length == wanted.length;
            for (int i = 0; matches && i < wanted.length; i++) {
                matches = wanted[i].equals(offered[i]) || variable(wanted[i]) || variable(offered[i]);
            }
            if (matches) {
                matching.add(path);
            }
        });
        return matching;
    }

    private static boolean variable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
