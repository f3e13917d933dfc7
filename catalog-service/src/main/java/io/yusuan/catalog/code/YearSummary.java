package io.yusuan.catalog.code;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearSummary", description = "One scheme's code list for one fiscal year in figures.")
public record YearSummary(
        @Schema(description = "Scheme id.", example = "functional", maxLength = 32)
        String scheme,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "How much of the year's official edition the list holds: PROVISIONAL (the edition was not "
                + "seen), PARTIAL (some codes may be missing), COMPLETE.", example = "PARTIAL")
        Coverage coverage,
        @Schema(description = "How many codes the list has.", example = "748", minimum = "0", maximum = "50000")
        int codes,
        @Schema(description = "Codes per level, from the top.", maxItems = 3)
        List<LevelCount> levels) {

    @Schema(name = "LevelCount", description = "The codes of one level of a year's list.")
    public record LevelCount(
            @Schema(description = "Depth: 1 类, 2 款, 3 项.", example = "3", minimum = "1", maximum = "3")
            int level,
            @Schema(description = "The level's Chinese name.", example = "项", maxLength = 8)
            String name,
            @Schema(description = "How many codes the level has.", example = "474", minimum = "0", maximum = "50000")
            int codes,
            @Schema(description = "How many of them were not checked against an official edition.", example = "160", minimum = "0", maximum = "50000")
            int provisional) {
    }

    static YearSummary of(CodeList list) {
        List<LevelCount> levels = list.shape().codeLengths().stream()
                .map(list.shape()::levelOfLength)
                .map(level -> new LevelCount(level.depth(), level.chineseName(),
                        (int) list.codes().stream().filter(code -> code.level() == level).count(),
                        (int) list.codes().stream().filter(code -> code.level() == level && code.provisional()).count()))
                .toList();
        return new YearSummary(list.shape().scheme(), list.year(), list.coverage(), list.codes().size(), levels);
    }
}
