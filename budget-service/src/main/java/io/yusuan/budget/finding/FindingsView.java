package io.yusuan.budget.finding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Findings", description = "The consistency findings of a budget version.")
public record FindingsView(
        @Schema(minimum = "1", maximum = "9999", description = "The version.", example = "1") int version,
        @Schema(minimum = "0", maximum = "2147483647", description = "How many findings are errors.", example = "0") long errors,
        @Schema(minimum = "0", maximum = "2147483647", description = "How many are warnings.", example = "2") long warnings,
        @Schema(maxItems = 1000000, description = "The findings, in the order found.") List<Finding> findings) {
}
