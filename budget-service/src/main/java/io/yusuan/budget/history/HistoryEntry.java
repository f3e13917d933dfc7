package io.yusuan.budget.history;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetHistoryEntry", description = "One write of a budget (变更记录): which version, what, who and when.")
public record HistoryEntry(
        @Schema(maximum = "9999", required = true, description = "The version written.", example = "1", minimum = "1") int version,
        @Schema(required = true, description = "What the write did: DRAFT_WRITTEN (编报), SUBMITTED (报送), APPROVED "
                + "(批复), RETURNED (退回), PUBLISHED (公开) or ADJUSTMENT_OPENED (预算调整).", example = "DRAFT_WRITTEN")
        HistoryAction action,
        @Schema(required = true, description = "Who wrote it: the subject of the bearer token.", example = "editor-141",
                maxLength = 255) String actor,
        @Schema(maxLength = 35, required = true, description = "When the write was made.", example = "2022-01-20T09:30:00Z")
        OffsetDateTime at,
        @Schema(required = true, description = "What changed, in a sentence.", maxLength = 2100,
                example = "draft written: 1 unit, 20 lines, expenditure 1730700.00 yuan") String summary) {
}
