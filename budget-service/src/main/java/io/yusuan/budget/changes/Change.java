package io.yusuan.budget.changes;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One publication (发布事件): which budget, which version, and when.")
public record Change(
        @Schema(minimum = "1", maximum = "9223372036854775807", required = true, description = "Position in the feed; increases with every publication. Pass the last one seen as `since`.",
                example = "17") long sequence,
        @Schema(required = true, description = "PUBLISHED for a budget's first published version, ADJUSTED for a later one (预算调整).",
                example = "PUBLISHED") ChangeEvent event,
        @Schema(maxLength = 6, required = true, description = "6-digit fiscal division code.", example = "410304") String region,
        @Schema(maxLength = 20, required = true, description = "Department code.", example = "141") String department,
        @Schema(minimum = "2000", maximum = "2099", required = true, description = "Fiscal year.", example = "2022") int year,
        @Schema(minimum = "1", maximum = "9999", required = true, description = "The version published.", example = "1") int version,
        @Schema(maxLength = 35, required = true, description = "When it was published.", example = "2022-02-18T08:30:00Z") Instant publishedAt,
        @Schema(maxLength = 256, required = true, description = "The budget at that version.",
                example = "/api/v1/regions/410304/departments/141/budgets/2022?version=1") String href) {

    public static Change of(long sequence, ChangeEvent event, String region, String department, int year, int version,
            Instant publishedAt) {
        return new Change(sequence, event, region, department, year, version, publishedAt,
                "/api/v1/regions/" + region + "/departments/" + department + "/budgets/" + year + "?version=" + version);
    }
}
