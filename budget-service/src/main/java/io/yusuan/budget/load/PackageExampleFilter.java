package io.yusuan.budget.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Puts the source document's whole budget package (the demo file the local run loads) into the
 * OpenAPI document as the example of the draft load, so that integrators see a real package.
 */
public class PackageExampleFilter implements OASFilter {

    static final String RESOURCE = "demo/410304-141-2022.json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        limitTimes(openAPI);
        Object example = read();
        openAPI.getComponents().addExample("source-2022", OASFactory.createExample()
                .summary("洛阳市瀍河回族区政务服务和大数据管理局, 2022 (the source document)")
                .value(example));
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation put = path.getValue().getPUT();
            if (path.getKey().endsWith("/draft") && put != null && put.getRequestBody() != null) {
                put.getRequestBody().getContent().getMediaTypes().values().forEach(media -> media
                        .addExample("source-2022", OASFactory.createExample().ref("source-2022")));
            }
        }
    }

    /**
     * Bounds the shared java.time schemas the scanner puts into the components (a property's own maxLength beside
     * its $ref is not seen by tools that resolve the reference): an ISO-8601 date is 10 characters, an instant or
     * offset date-time at most 35 (nanoseconds and an offset, 2022-03-10T12:15:50.123456789+08:00).
     */
    private static void limitTimes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map.of("LocalDate", 10, "Instant", 35, "OffsetDateTime", 35).forEach((name, maxLength) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getMaxLength() == null) {
                schema.setMaxLength(maxLength);
            }
        });
    }

    private static Object read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Map<String, Object> example = new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            example.remove("$schema");
            return example;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
