package io.yusuan.catalog.check;

import io.yusuan.catalog.code.CodeVerdict;
import io.yusuan.catalog.correspondence.PairVerdict;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearCheckResult", description = "The verdicts of a year check, in the order sent.")
public record YearCheckResult(
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int year,
        @Schema(description = "One verdict per code sent, keyed by scheme id.", maxProperties = 16) Map<String, @Size(max = 10_000) List<CodeVerdict>> codes,
        @Schema(description = "One verdict per pair sent.", maxItems = 10000) List<PairVerdict> pairs) {
}
