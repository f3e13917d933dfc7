package io.yusuan.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * A service's committed OpenAPI document against the one its build generated, by openapi-diff: {@link #breaking()} when
 * a client written against the committed one could fail (an operation or a response field gone, a parameter now
 * required...), {@link #drifted()} when the two differ at all, compatible changes included, so that the committed
 * document always says what the service serves.
 *
 * @param breaking openapi-diff finds the change incompatible
 * @param drifted  the two documents differ in anything (a new operation, a new field, a description)
 * @param report   openapi-diff's report of the changes, as Markdown
 */
record ContractComparison(boolean breaking, boolean drifted, String report) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ContractComparison of(String committed, String generated) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, generated);
        boolean drifted;
        try {
            drifted = !JSON.readTree(committed).equals(JSON.readTree(generated));
        } catch (IOException e) {
            throw new UncheckedIOException("an OpenAPI document is not JSON", e);
        }
        return new ContractComparison(diff.isIncompatible(), drifted, render(diff));
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
