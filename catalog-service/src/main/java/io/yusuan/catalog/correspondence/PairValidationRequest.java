package io.yusuan.catalog.correspondence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceValidationRequest", description = "Pairs to check against one year's 对照表.")
public record PairValidationRequest(
        @Schema(description = "Up to 10,000 pairs; order is kept in the answer.")
        @NotNull @Size(max = 10_000, message = "at most 10,000 pairs per call") List<@NotNull @Valid PairCheck> pairs) {
}
