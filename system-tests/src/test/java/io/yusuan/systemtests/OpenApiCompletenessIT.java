package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each service's OpenAPI document, as the packaged service serves it at {@code /q/openapi}, is complete enough for an
 * integrator to work from Swagger UI alone:
 *
 * <ul>
 *   <li>{@code info} has a title, a version, a description and a contact;</li>
 *   <li>every operation has a summary;</li>
 *   <li>every operation declares at least one 4xx answer, and every 4xx or 5xx answer declared with a body declares it
 *       as {@code application/problem+json} only (the one error format of every service);</li>
 *   <li>every property of every schema in {@code components.schemas} has a description, nested inline objects and
 *       array items included; a {@code $ref} property may instead carry it on the schema it refers to;</li>
 *   <li>every variable of a path template is declared as a path parameter of its operation.</li>
 * </ul>
 *
 * <p>What is checked is the application's API: Quarkus's own endpoints ({@code /q/...}: health, metrics, OpenAPI) are
 * not in the document, and would be skipped if a setting put them there. All gaps of a service are collected and
 * reported together. A path parameter declared without a description is only reported on standard output: it is
 * declared, and the parameter's name and the operation's summary usually say what it is.
 */
@ExtendWith(LocalStackExtension.class)
class OpenApiCompletenessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String SCHEMA_REF = "#/components/schemas/";

    @ParameterizedTest
    @EnumSource(Service.class)
    void theOpenApiDocumentIsComplete(Service service, LocalStack stack) {
        JsonNode document = document(stack, service);
        List<String> gaps = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        info(document.path("info"), gaps);
        operations(document.path("paths"), gaps, notes);
        schemas(document.path("components").path("schemas"), gaps);

        if (!notes.isEmpty()) {
            System.out.println("[openapi] " + service + ": " + notes.size() + " notes\n  " + String.join("\n  ", notes));
        }
        assertThat(gaps).as(service + "'s OpenAPI document has " + gaps.size() + " gaps:\n  " + String.join("\n  ", gaps)
                + "\n").isEmpty();
    }

    private static void info(JsonNode info, List<String> gaps) {
        for (String field : List.of("title", "version", "description")) {
            if (blank(info.path(field))) {
                gaps.add("info: no " + field);
            }
        }
        JsonNode contact = info.path("contact");
        if (blank(contact.path("name")) && blank(contact.path("email")) && blank(contact.path("url"))) {
            gaps.add("info: no contact (name, email or url)");
        }
    }

    private static void operations(JsonNode paths, List<String> gaps, List<String> notes) {
        for (Map.Entry<String, JsonNode> path : fields(paths)) {
            if (path.getKey().startsWith("/q/")) {
                continue; // Quarkus's own endpoints, not the application's API
            }
            for (Map.Entry<String, JsonNode> method : fields(path.getValue())) {
                if (!METHODS.contains(method.getKey())) {
                    continue; // path-level parameters, summary, servers
                }
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                if (blank(operation.path("summary"))) {
                    gaps.add(name + ": no summary");
                }
                responses(name, operation.path("responses"), gaps);
                pathParameters(name, path.getKey(), path.getValue().path("parameters"), operation.path("parameters"), gaps,
                        notes);
            }
        }
    }

    private static void responses(String operation, JsonNode responses, List<String> gaps) {
        boolean clientError = false;
        for (Map.Entry<String, JsonNode> response : fields(responses)) {
            String status = response.getKey();
            if (status.startsWith("4")) {
                clientError = true;
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                for (Map.Entry<String, JsonNode> content : fields(response.getValue().path("content"))) {
                    if (!content.getKey().equals(PROBLEM_JSON)) {
                        gaps.add(operation + ": answer " + status + " declares " + content.getKey() + ", not " + PROBLEM_JSON);
                    }
                }
            }
        }
        if (!clientError) {
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            gaps.add(operation + ": declares no 4xx answer (only " + statuses + ")");
        }
    }

    private static void pathParameters(String operation, String path, JsonNode pathLevel, JsonNode operationLevel,
            List<String> gaps, List<String> notes) {
        Matcher variables = PATH_VARIABLE.matcher(path);
        while (variables.find()) {
            String variable = variables.group(1);
            JsonNode declared = pathParameter(operationLevel, variable);
            if (declared == null) {
                declared = pathParameter(pathLevel, variable);
            }
            if (declared == null) {
                gaps.add(operation + ": path parameter {" + variable + "} is not declared");
            } else if (blank(declared.path("description"))) {
                notes.add(operation + ": path parameter {" + variable + "} has no description");
            }
        }
    }

    private static JsonNode pathParameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asText().equals("path") && parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    private static void schemas(JsonNode schemas, List<String> gaps) {
        for (Map.Entry<String, JsonNode> schema : fields(schemas)) {
            properties(schema.getKey(), schema.getValue(), schemas, gaps);
        }
    }

    /** The properties of {@code schema} (at {@code where}), and those of its inline objects, array items and compositions. */
    private static void properties(String where, JsonNode schema, JsonNode schemas, List<String> gaps) {
        for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
            String at = where + "." + property.getKey();
            JsonNode value = property.getValue();
            if (blank(value.path("description"))) {
                String ref = ref(value);
                if (ref == null) {
                    gaps.add("schema " + at + ": no description");
                } else if (blank(schemas.path(ref).path("description"))) {
                    gaps.add("schema " + at + ": no description, nor on the schema it refers to (" + ref + ")");
                }
            }
            nested(at, value, schemas, gaps);
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(composition)) {
                properties(where, part, schemas, gaps);
            }
        }
    }

    private static void nested(String at, JsonNode value, JsonNode schemas, List<String> gaps) {
        properties(at, value, schemas, gaps);
        if (value.has("items")) {
            nested(at + "[]", value.path("items"), schemas, gaps);
        }
        if (value.path("additionalProperties").isObject()) {
            nested(at + "{}", value.path("additionalProperties"), schemas, gaps);
        }
    }

    /** The component a property refers to: by {@code $ref}, or as the one part of an {@code allOf}; null if none. */
    private static String ref(JsonNode property) {
        String ref = property.path("$ref").asText(null);
        if (ref == null && property.path("allOf").size() == 1) {
            ref = property.path("allOf").path(0).path("$ref").asText(null);
        }
        return ref != null && ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : null;
    }

    private static JsonNode document(LocalStack stack, Service service) {
        String body = given().baseUri(stack.baseUrl(service).toString())
                .queryParam("format", "json")
                .get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(JsonNode text) {
        return !text.isTextual() || text.asText().isBlank();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node.properties();
    }
}
