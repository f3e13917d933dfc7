package io.yusuan.budget.load;

import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.version.VersionStatus;
import io.yusuan.budget.version.VersionTotals;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DraftSummary", description = "The draft as stored, its totals and its findings.")
public record DraftSummary(
        @Schema(maxLength = 6, description = "Fiscal division code.", example = "410304") String region,
        @Schema(maxLength = 20, description = "Department code.", example = "141") String department,
        @Schema(minimum = "2000", maximum = "2099", description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(minimum = "1", maximum = "9999", description = "Version number.", example = "1") int version,
        @Schema(description = "Status (DRAFT).", example = "DRAFT") VersionStatus status,
        @Schema(minimum = "0", maximum = "2147483647", description = "Revision of the draft: bumped by every change; the ETag.", example = "1") int revision,
        @Schema(description = "Whether this load changed the draft (false when the same package was loaded again).",
                example = "true") boolean changed,
        @Schema(description = "Headline totals, in yuan.") VersionTotals totals,
        @Schema(maxItems = 1000000, description = "The consistency findings of the draft.") List<Finding> findings) {
}
