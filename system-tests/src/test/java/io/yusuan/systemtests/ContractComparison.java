package io.yusuan.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.contracts.ConsumerCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * A service's committed OpenAPI document against the one its build generated, by openapi-diff: {@link #breaking()} when
 * a client written against the committed one could fail (an operation gone, a parameter now required...), {@link
 * #drifted()} when the two differ at all, compatible changes included, so that the committed document always says what
 * the service serves.
 *
 * <p>One rule is stricter than openapi-diff's, and checked by {@link ConsumerCheck#removedResponseFields}: a response
 * field that is gone, or now of another type, is breaking, required or not. openapi-diff calls a field gone compatible
 * when it was optional, and almost every field of these documents is (none lists {@code required}); and it does not look
 * into the array items of an OpenAPI 3.1 document. Yet a consumer reads every field: table 08 would quietly go empty
 * without {@code threePublicPart}.
 *
 * @param breaking openapi-diff finds the change incompatible, or a response field is gone or of another type
 * @param drifted  the two documents differ in anything (a new operation, a new field, a description)
 * @param report   openapi-diff's report of the changes, as Markdown
 */
record ContractComparison(boolean breaking, boolean drifted, String report) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ContractComparison of(String committed, String generated) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, generated);
        JsonNode before;
        JsonNode after;
        try {
            before = JSON.readTree(committed);
            after = JSON.readTree(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("an OpenAPI document is not JSON", e);
        }
        boolean drifted = !before.equals(after);
        List<String> removed = ConsumerCheck.removedResponseFields(before, after);
        String report = render(diff) + (removed.isEmpty() ? ""
                : "\nResponse fields gone or of another type:\n  " + String.join("\n  ", removed));
        return new ContractComparison(diff.isIncompatible() || !removed.isEmpty(), drifted, report);
    }

    static ContractComparison of(JsonNode committed, JsonNode generated) {
        return of(committed.toString(), generated.toString());
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
