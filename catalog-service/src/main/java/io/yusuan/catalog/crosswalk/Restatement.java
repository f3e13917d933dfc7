package io.yusuan.catalog.crosswalk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Restatement", description = "An old code re-expressed in a later year's codes.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Restatement(
        @Schema(description = "The old code, as sent.", example = "21305", maxLength = 32) String code,
        @Schema(description = "UNCHANGED, RENAMED, SPLIT, MERGED, REPLACED, RETIRED or UNKNOWN.", example = "RENAMED")
        RestateStatus status,
        @Schema(description = "Its name in the earlier year.", example = "巩固脱贫衔接乡村振兴", maxLength = 200) String name,
        @Schema(description = "The later year's codes that carry it; several for a SPLIT, none if RETIRED or UNKNOWN.", maxItems = 50000)
        List<Target> restatedAs) {

    @Schema(name = "RestatementTarget", description = "A later year's code.")
    public record Target(
            @Schema(description = "The code.", example = "21305", maxLength = 32) String code,
            @Schema(description = "Its name in the later year.", example = "巩固脱贫攻坚成果衔接乡村振兴", maxLength = 200) String name) {
    }
}
