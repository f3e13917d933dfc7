package io.yusuan.budget.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Finding", description = "A machine-readable consistency finding of a budget version.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        @Schema(description = "ERROR, WARNING or INFO.", example = "WARNING") Severity severity,
        @Schema(maxLength = 64, description = "Stable code of the finding.", example = "CORRESPONDENCE_DEVIATION") String code,
        @Schema(maxLength = 256, description = "JSON pointer into the package, where the finding is about one field.",
                example = "/expenditures/3/governmentEconomicCode") String pointer,
        @Schema(maxLength = 4000, description = "What was found, in words.",
                example = "30107 绩效工资 of an ADMINISTRATIVE unit is coded 50501; the 对照表 gives no government code for it.")
        String message) {
}
