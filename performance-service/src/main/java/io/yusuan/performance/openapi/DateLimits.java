package io.yusuan.performance.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * States the length of a date or an instant written as a string, which SmallRye leaves out of the {@code LocalDate} and
 * {@code OffsetDateTime} schemas it makes: an ISO date ({@code 2022-12-31}) has 10 characters, an ISO date-time with
 * nanoseconds and an offset ({@code 2022-03-01T08:00:00.123456789+08:00}) at most 35. Documentation only: requests are
 * still read by the JSON layer's date parsers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DateLimits implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> type = schema.getType();
        if (type != null && type.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            if ("date".equals(schema.getFormat())) {
                schema.setMaxLength(10);
            } else if ("date-time".equals(schema.getFormat())) {
                schema.setMaxLength(35);
            }
        }
        return schema;
    }
}
