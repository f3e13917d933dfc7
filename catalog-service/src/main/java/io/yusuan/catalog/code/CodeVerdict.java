package io.yusuan.catalog.code;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeVerdict", description = "The validation of one code.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeVerdict(
        @Schema(description = "The code as sent.", example = "2010301", maxLength = 32)
        String code,
        @Schema(description = "Whether a budget line may carry the code (VALID, PROVISIONAL or UNLISTED).", example = "true")
        boolean valid,
        @Schema(description = "VALID; PROVISIONAL (valid, but its list row is unchecked); UNLISTED (usable with a warning: "
                + "not in this catalogue's list, but under a known parent whose codes the list may lack); MALFORMED; "
                + "UNKNOWN; NOT_LEAF (budgets are made on its children).", example = "VALID")
        CodeStatus status,
        @Schema(description = "Level: 1 类, 2 款, 3 项; absent for a malformed or unknown code.", example = "3", minimum = "1", maximum = "3")
        Integer level,
        @Schema(description = "Official Chinese name; absent for a malformed or unknown code.", example = "行政运行", maxLength = 200)
        String name,
        @Schema(description = "The code's ancestors and itself, from the 类 down (an UNLISTED code: its ancestors only); "
                + "absent for a malformed or unknown code.", maxItems = 3)
        List<CodeView.PathStep> path,
        @Schema(description = "Why the code is not VALID, in words.", example = "20103 has 项 codes below it; budgets use those.", maxLength = 2000)
        String reason,
        @Schema(description = "Department economic codes: the part of 三公经费 the code makes up.", example = "RECEPTION")
        ThreePublicPart threePublicPart) {
}
