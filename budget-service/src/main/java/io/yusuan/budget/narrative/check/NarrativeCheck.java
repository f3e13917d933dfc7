package io.yusuan.budget.narrative.check;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NarrativeCheck", description = "What a check of a hand-written 情况说明 against a version's figures found.")
public record NarrativeCheck(
        @Schema(minimum = "2000", maximum = "2099", description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(minimum = "1", maximum = "9999", description = "The version whose figures the text was checked against.", example = "1") int version,
        @Schema(minimum = "0", maximum = "2147483647", description = "How many of the text's figures were matched to a figure of the version and compared.",
                example = "46") int checked,
        @Schema(maxItems = 1000000, description = "One finding per figure the version's figures do not bear out, in the text's order; "
                + "empty when every checked figure agrees.") List<NarrativeFinding> findings) {
}
