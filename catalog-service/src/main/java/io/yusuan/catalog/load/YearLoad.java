package io.yusuan.catalog.load;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearLoad", description = "What a load of a year's code list did.")
public record YearLoad(
        @Schema(description = "Scheme.", example = "functional", maxLength = 32)
        String scheme,
        @Schema(description = "Fiscal year.", example = "2027", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "How many codes the year now has.", example = "1712", minimum = "0", maximum = "50000")
        int codes,
        @Schema(description = "How many of them are provisional.", example = "40", minimum = "0", maximum = "50000")
        int provisionalCodes,
        @Schema(description = "Whether a loaded list was replaced (false: the year is new).", example = "false")
        boolean replaced) {
}
