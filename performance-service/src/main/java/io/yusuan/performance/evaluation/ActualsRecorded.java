package io.yusuan.performance.evaluation;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActualsRecorded", description = "A stored report of actuals.")
public record ActualsRecorded(
        @Schema(description = "The report's id.", example = "1", minimum = "1", maximum = "9223372036854775807") long id,
        @Schema(description = "Its period.", example = "SELF_EVALUATION") Period period,
        @Schema(description = "As of.", example = "2022-12-31", maxLength = 10) LocalDate asOf,
        @Schema(description = "How many indicators it reports.", example = "8", minimum = "0", maximum = "200") int indicators) {
}
