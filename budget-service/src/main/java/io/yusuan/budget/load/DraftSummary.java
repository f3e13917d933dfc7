package io.yusuan.budget.load;

import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.version.VersionStatus;
import io.yusuan.budget.version.VersionTotals;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DraftSummary", description = "The draft as stored, its totals and its findings.")
public record DraftSummary(
        @Schema(description = "Fiscal division code.", example = "410304") String region,
        @Schema(description = "Department code.", example = "141") String department,
        @Schema(description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(description = "Version number.", example = "1") int version,
        @Schema(description = "Status (DRAFT).", example = "DRAFT") VersionStatus status,
        @Schema(description = "Revision of the draft: bumped by every change; the ETag.", example = "1") int revision,
        @Schema(description = "Whether this load changed the draft (false when the same package was loaded again).",
                example = "true") boolean changed,
        @Schema(description = "Headline totals, in yuan.") VersionTotals totals,
        @Schema(description = "The consistency findings of the draft.") List<Finding> findings) {
}
