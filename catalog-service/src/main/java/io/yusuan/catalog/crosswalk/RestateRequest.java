package io.yusuan.catalog.crosswalk;

import io.yusuan.catalog.http.Parameters;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RestateRequest", description = "Old codes to re-express in a later year's codes.")
public record RestateRequest(
        @Schema(description = "Up to 10,000 codes of the earlier year.", example = "[\"2010301\", \"21305\"]")
        @NotNull @Size(max = 10_000, message = "at most 10,000 codes per call") List<@NotNull @Size(max = Parameters.BODY_CODE_MAX) String> codes) {
}
