package io.yusuan.catalog.correspondence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondencePair", description = "A department and a government economic code a budget line carries together.")
public record PairCheck(
        @Schema(description = "Department economic code (5 digits).", example = "30107", maxLength = 5)
        @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit department economic code") String departmentCode,
        @Schema(description = "Government economic code (5 digits).", example = "50501", maxLength = 5)
        @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit government economic code") String governmentCode,
        @Schema(description = "The type of the unit the line belongs to.", example = "ADMINISTRATIVE") @NotNull UnitType unitType) {
}
