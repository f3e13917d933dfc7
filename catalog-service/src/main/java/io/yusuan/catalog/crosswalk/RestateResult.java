package io.yusuan.catalog.crosswalk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RestateResult", description = "Each old code in the later year's terms, in the order sent.")
public record RestateResult(
        @Schema(description = "Scheme.", example = "functional") String scheme,
        @Schema(description = "The earlier year.", example = "2022") int from,
        @Schema(description = "The later year.", example = "2026") int to,
        @Schema(description = "One restatement per code sent.") List<Restatement> results) {
}
