package io.yusuan.performance.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetFinding", description = "A consistency finding of a performance target.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetFinding(
        @Schema(description = "ERROR, WARNING or INFO.", example = "WARNING", maxLength = 7) String severity,
        @Schema(description = "Stable code.", example = "COST_DIFFERS_FROM_BUDGET", maxLength = 64) String code,
        @Schema(description = "JSON pointer into the target as written.", example = "/indicators/0/target", maxLength = 64) String pointer,
        @Schema(description = "What was found.", example = "The cost indicator states 25 万元; the project's budget is 20.00 万元.", maxLength = 1000)
        String message) {
}
