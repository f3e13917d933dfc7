package io.yusuan.performance.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Lets a nullable property that refers to an object schema be null, as its {@code @Schema(nullable = true)} says.
 * SmallRye writes such a property as {@code anyOf: [$ref, {type: null}]}, but when the property has a description of
 * its own it also types it {@code object} beside the {@code anyOf}, without {@code null}, and so refuses the null it
 * declares (an enum's {@code [string, null]} comes out right). Adding {@code null} to that type gives the enum's shape.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> type = schema.getType();
        if (type != null && !type.isEmpty() && !type.contains(SchemaType.NULL) && allowsNull(schema.getAnyOf())) {
            schema.addType(SchemaType.NULL);
        }
        return schema;
    }

    private static boolean allowsNull(List<Schema> anyOf) {
        return anyOf != null && anyOf.stream().anyMatch(one -> List.of(SchemaType.NULL).equals(one.getType()));
    }
}
