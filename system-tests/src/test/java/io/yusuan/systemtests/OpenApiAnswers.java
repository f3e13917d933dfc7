package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A service's OpenAPI document as the running service serves it, and what an actual answer does not keep of its
 * promises. Two maintained validators share the work: Atlassian's swagger-request-validator checks the answer against
 * the operation (is its status declared, its media type declared for that status), and networknt's JSON Schema
 * validator, in its OpenAPI 3.1 dialect, checks a JSON body against the declared schema, which the first one does not do
 * for OpenAPI 3.1 (it lets a null through where a string is promised).
 */
final class OpenApiAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    private final OpenApiInteractionValidator operations;
    private final SchemaRegistry schemas;
    private final String location;

    private OpenApiAnswers(URI service, String text) {
        try {
            this.document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document of " + service + " is not JSON", e);
        }
        this.operations = OpenApiInteractionValidator.createForInlineApiSpecification(text).build();
        this.location = service.resolve("/q/openapi.json").toString();
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), registry -> registry.schemas(Map.of(location, text)));
    }

    /** The document the service at {@code service} serves at {@code /q/openapi}. */
    static OpenApiAnswers served(URI service) {
        String text = given().baseUri(service.toString()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return new OpenApiAnswers(service, text);
    }

    /** The statuses the document declares for each operation ("METHOD path"). */
    Map<String, Set<String>> statuses() {
        Map<String, Set<String>> statuses = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                Set<String> declared = new TreeSet<>();
                method.getValue().path("responses").fieldNames().forEachRemaining(declared::add);
                statuses.put(method.getKey().toUpperCase() + " " + path.getKey(), declared);
            }
        }));
        return statuses;
    }

    /** What {@code response}, the answer of operation {@code method template}, does not keep of the document. */
    List<String> mismatches(String method, String template, Response response) {
        List<String> mismatches = new ArrayList<>();
        String mediaType = response.contentType() == null || response.contentType().isEmpty() ? null
                : response.contentType().split(";")[0].trim();
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        if (mediaType != null) {
            answer.withContentType(mediaType);
        }
        ValidationReport report = operations.validateResponse(template, Request.Method.valueOf(method), answer.build());
        for (ValidationReport.Message message : report.getMessages()) {
            if (!message.getKey().startsWith("validation.response.body")) {
                mismatches.add(message.getKey() + ": " + message.getMessage());
            }
        }
        String status = String.valueOf(response.statusCode());
        JsonNode declared = document.path("paths").path(template).path(method.toLowerCase()).path("responses").path(status);
        byte[] body = response.asByteArray();
        if (declared.isMissingNode() || body.length == 0) {
            return mismatches;
        }
        if (!declared.has("content")) {
            mismatches.add(status + " answers a " + mediaType + " body the document does not declare");
        } else if (mediaType != null && declared.path("content").has(mediaType) && isJson(mediaType)) {
            String pointer = "#/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/" + status + "/content/"
                    + escape(mediaType) + "/schema";
            if (!declared.path("content").path(mediaType).has("schema")) {
                mismatches.add(status + " " + mediaType + " has no schema");
                return mismatches;
            }
            com.networknt.schema.Schema schema = schemas.getSchema(SchemaLocation.of(location + pointer));
            String text = response.asString();
            List<String> bodies = mediaType.equals("application/x-ndjson") ? text.lines().toList() : List.of(text);
            for (String one : bodies) {
                schema.validate(one, InputFormat.JSON).forEach(error -> mismatches.add(status + " " + mediaType + " body "
                        + error));
            }
        }
        return mismatches;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.equals("application/x-ndjson");
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }
}
