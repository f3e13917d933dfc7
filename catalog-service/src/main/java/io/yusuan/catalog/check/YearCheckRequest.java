package io.yusuan.catalog.check;

import io.yusuan.catalog.correspondence.PairCheck;
import io.yusuan.catalog.http.Parameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearCheckRequest", description = "Every code of a budget package, by scheme, and its economic code pairs: "
        + "checked against one fiscal year in one call.")
public record YearCheckRequest(
        @Schema(description = "Codes to validate, keyed by scheme id; up to 10,000 per scheme.",
                example = "{\"functional\": [\"2010301\", \"2080505\"], \"economic-department\": [\"30101\", \"30107\"], "
                        + "\"economic-government\": [\"50101\", \"50501\"]}")
        @NotNull @Size(max = 16, message = "at most 16 schemes")
        Map<@Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String,
                @NotNull @Size(max = 10_000, message = "at most 10,000 codes per scheme")
                List<@NotNull @Size(max = Parameters.BODY_CODE_MAX) String>> codes,
        @Schema(description = "Department/government economic code pairs with the unit type; up to 10,000.")
        @Size(max = 10_000, message = "at most 10,000 pairs per call") List<@NotNull @Valid PairCheck> pairs) {
}
