package io.yusuan.budget.narrative.check;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NarrativeCheck", description = "What a check of a hand-written 情况说明 against a version's figures found.")
public record NarrativeCheck(
        @Schema(description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(description = "The version whose figures the text was checked against.", example = "1") int version,
        @Schema(description = "How many of the text's figures were matched to a figure of the version and compared.",
                example = "46") int checked,
        @Schema(description = "One finding per figure the version's figures do not bear out, in the text's order; "
                + "empty when every checked figure agrees.") List<NarrativeFinding> findings) {
}
