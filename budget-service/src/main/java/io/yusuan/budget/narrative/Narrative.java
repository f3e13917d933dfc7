package io.yusuan.budget.narrative;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Narrative", description = "The explanation paragraphs 一 to 十 of 第二部分, generated from the budget.")
public record Narrative(
        @Schema(description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(description = "The version it is of.", example = "1") int version,
        @Schema(description = "zh or en.", example = "zh") String lang,
        @Schema(description = "The paragraphs, in order.") List<Paragraph> paragraphs) {
}
