package io.yusuan.catalog.code;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeValidationResult", description = "Each code's verdict, in the order sent.")
public record ValidationResult(
        @Schema(description = "Scheme.", example = "functional", maxLength = 32)
        String scheme,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "How many codes were sent.", example = "5", minimum = "0", maximum = "10000")
        int total,
        @Schema(description = "How many a budget line may carry (VALID or PROVISIONAL).", example = "2", minimum = "0", maximum = "10000")
        int valid,
        @Schema(description = "How many it may not.", example = "3", minimum = "0", maximum = "10000")
        int invalid,
        @Schema(description = "One verdict per code sent, in the order sent.", maxItems = 10000)
        List<CodeVerdict> results) {

    static ValidationResult of(String scheme, int year, List<CodeVerdict> results) {
        int valid = (int) results.stream().filter(CodeVerdict::valid).count();
        return new ValidationResult(scheme, year, results.size(), valid, results.size() - valid, results);
    }
}
