package io.yusuan.catalog.code;

import io.yusuan.catalog.http.Parameters;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeValidationRequest", description = "Codes to validate against one scheme's list for one year.")
public record ValidationRequest(
        @Schema(description = "Up to 10,000 codes; order is kept in the answer and repeats are answered each time.",
                example = "[\"2010301\", \"2010399\", \"20103\", \"2019999\", \"20I0301\"]")
        @NotNull @Size(max = 10_000, message = "at most 10,000 codes per call") List<@NotNull @Size(max = Parameters.BODY_CODE_MAX) String> codes) {
}
