package io.yusuan.catalog.cofog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CofogRow", description = "A functional 类 or 款 and the COFOG division or group it falls under.")
public record CofogRow(
        @Schema(description = "Functional code (类 or 款).", example = "201", maxLength = 32) String functionalCode,
        @Schema(description = "Its Chinese name in the year asked for.", example = "一般公共服务支出", maxLength = 200) String functionalName,
        @Schema(description = "Level: 1 类, 2 款.", example = "1", minimum = "1", maximum = "2") int level,
        @Schema(description = "COFOG division (two digits) or group (dd.d).", example = "01", maxLength = 8) String cofogCode,
        @Schema(description = "COFOG name.", example = "General public services", maxLength = 200) String cofogName,
        @Schema(description = "How sure the mapping is: high, medium or low.", example = "high", maxLength = 6) String confidence,
        @Schema(description = "Whether a 款 takes its 类's mapping because it has none of its own.", example = "false")
        boolean inherited) {
}
