package io.yusuan.catalog.crosswalk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RestateResult", description = "Each old code in the later year's terms, in the order sent.")
public record RestateResult(
        @Schema(description = "Scheme.", example = "functional", maxLength = 32) String scheme,
        @Schema(description = "The earlier year.", example = "2022", minimum = "2000", maximum = "2099") int from,
        @Schema(description = "The later year.", example = "2026", minimum = "2000", maximum = "2099") int to,
        @Schema(description = "One restatement per code sent.", maxItems = 10000) List<Restatement> results) {
}
