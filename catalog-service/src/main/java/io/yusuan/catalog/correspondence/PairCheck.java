package io.yusuan.catalog.correspondence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondencePair", description = "A department and a government economic code a budget line carries together.")
public record PairCheck(
        @Schema(description = "Department economic code.", example = "30107") @NotBlank String departmentCode,
        @Schema(description = "Government economic code.", example = "50501") @NotBlank String governmentCode,
        @Schema(description = "The type of the unit the line belongs to.", example = "ADMINISTRATIVE") @NotNull UnitType unitType) {
}
