package io.yusuan.catalog.crosswalk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Crosswalk", description = "Every change of a scheme's codes between two fiscal years.")
public record CrosswalkView(
        @Schema(description = "Scheme.", example = "functional", maxLength = 32) String scheme,
        @Schema(description = "The earlier year.", example = "2022", minimum = "2000", maximum = "2099") int from,
        @Schema(description = "The later year.", example = "2026", minimum = "2000", maximum = "2099") int to,
        @Schema(description = "The changes, in code order.", maxItems = 200000) List<CodeChange> changes) {
}
