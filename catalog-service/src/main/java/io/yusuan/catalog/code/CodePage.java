package io.yusuan.catalog.code;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodePage", description = "One page of codes, in code order (which is the tree's order).")
public record CodePage(
        @Schema(description = "Scheme.", example = "functional", maxLength = 32)
        String scheme,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "The codes of this page.", maxItems = 1000)
        List<CodeView> items,
        @Schema(description = "Cursor of the next page, to pass as `cursor`; absent on the last page.",
                example = "MjAxMDMwMQ", maxLength = 64)
        @JsonInclude(JsonInclude.Include.NON_NULL) // absent, as documented, not null where a string is promised
        String next) {
}
