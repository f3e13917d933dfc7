package io.yusuan.performance.target;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetSummary", description = "The performance targets of a department's year.")
public record TargetSummary(
        @Schema(description = "Fiscal division code.", example = "410304", maxLength = 6) String region,
        @Schema(description = "Department code.", example = "141", maxLength = 20) String department,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int fiscalYear,
        @Schema(description = "Whether the overall target (整体绩效目标) is set.", example = "true") boolean overall,
        @Schema(description = "The projects with targets.", maxItems = 100000) List<ProjectEntry> projects,
        @Schema(description = "Findings across the targets, e.g. budgeted projects without targets.", maxItems = 100000) List<TargetFinding> findings) {

    @Schema(name = "TargetSummaryProject", description = "A project with targets.")
    public record ProjectEntry(
            @Schema(description = "Project code.", example = "410304220000000006846", maxLength = 32) String code,
            @Schema(description = "Name.", example = "政务服务工作经费", maxLength = 200) String name,
            @Schema(description = "资金总额, yuan.", example = "200000.00") BigDecimal total,
            @Schema(description = "How many indicators.", example = "7", minimum = "0", maximum = "200") int indicators) {
    }
}
