package io.yusuan.catalog.correspondence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceLoad", description = "What a load of a year's 对照表 did.")
public record CorrespondenceLoad(
        @Schema(description = "Fiscal year.", example = "2027", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "How many pairs the year's 对照表 now has.", example = "201", minimum = "0", maximum = "10000")
        int pairs,
        @Schema(description = "How many of them are provisional.", example = "70", minimum = "0", maximum = "10000")
        int provisionalPairs,
        @Schema(description = "Whether a loaded 对照表 was replaced (false: the year had none).", example = "false")
        boolean replaced) {
}
