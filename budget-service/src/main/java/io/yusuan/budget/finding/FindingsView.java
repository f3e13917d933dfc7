package io.yusuan.budget.finding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Findings", description = "The consistency findings of a budget version.")
public record FindingsView(
        @Schema(description = "The version.", example = "1") int version,
        @Schema(description = "How many findings are errors.", example = "0") long errors,
        @Schema(description = "How many are warnings.", example = "2") long warnings,
        @Schema(description = "The findings, in the order found.") List<Finding> findings) {
}
