package io.yusuan.catalog.correspondence;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceVerdict", description = "The check of one pair against the 对照表.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairVerdict(
        @Schema(description = "Department economic code, as sent.", example = "31002", maxLength = 32) String departmentCode,
        @Schema(description = "Government economic code, as sent.", example = "50306", maxLength = 32) String governmentCode,
        @Schema(description = "Unit type, as sent.", example = "ADMINISTRATIVE") UnitType unitType,
        @Schema(description = "Whether the 对照表 lists the pair for the unit type (status MATCH).", example = "true")
        boolean valid,
        @Schema(description = "MATCH (listed); UNLISTED (not listed, but the classes can correspond, or the table says "
                + "nothing of them: a warning); INCOMPATIBLE (the government 类 never corresponds to the department 类: "
                + "an error).", example = "MATCH")
        PairStatus status,
        @Schema(description = "Every government code the 对照表 lists for the department code and the unit type; "
                + "empty when it lists none.", example = "[\"50306\"]", maxItems = 10000)
        List<@Size(max = 32) String> expected,
        @Schema(description = "Why the pair is not a MATCH, in words.",
                example = "类 310 corresponds only to 类 503, 506, never to 501", maxLength = 2000)
        String reason) {
}
