package io.yusuan.budget.narrative;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Narrative", description = "The explanation paragraphs 一 to 十 of 第二部分, generated from the budget.")
public record Narrative(
        @Schema(minimum = "2000", maximum = "2099", description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(minimum = "1", maximum = "9999", description = "The version it is of.", example = "1") int version,
        @Schema(maxLength = 2, description = "zh or en.", example = "zh") String lang,
        @Schema(maxItems = 1000, description = "The paragraphs, in order.") List<Paragraph> paragraphs) {
}
