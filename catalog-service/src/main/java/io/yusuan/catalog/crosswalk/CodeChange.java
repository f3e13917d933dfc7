package io.yusuan.catalog.crosswalk;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeChange", description = "One change of a code between two years.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeChange(
        @Schema(description = "RENAMED, ADDED, RETIRED, SPLIT, MERGED or REPLACED.", example = "RENAMED")
        ChangeKind change,
        @Schema(description = "The code in the earlier year; absent for ADDED.", example = "21305", maxLength = 32)
        String fromCode,
        @Schema(description = "Its name in the earlier year.", example = "巩固脱贫衔接乡村振兴", maxLength = 200)
        String fromName,
        @Schema(description = "The code in the later year; absent for RETIRED.", example = "21305", maxLength = 32)
        String toCode,
        @Schema(description = "Its name in the later year.", example = "巩固脱贫攻坚成果衔接乡村振兴", maxLength = 200)
        String toName,
        @Schema(description = "Why, where the crosswalk says.", example = "财政部《2026年政府收支分类科目》", maxLength = 2000)
        String note) {
}
