package io.yusuan.budget.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionRef", description = "An administrative division (行政区划).")
public record RegionRef(
        @Schema(maxLength = 6, pattern = "^[0-9]{6}$", description = "6-digit division code.", example = "410300") String code,
        @Schema(maxLength = 200, nullable = true, description = "Its name as catalog-service gave it when a budget of it "
                + "was loaded; null for a region no budget was loaded for.", example = "洛阳市瀍河回族区") String name) {
}
