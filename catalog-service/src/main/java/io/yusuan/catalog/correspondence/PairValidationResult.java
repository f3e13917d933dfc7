package io.yusuan.catalog.correspondence;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceValidationResult", description = "Each pair's verdict, in the order sent.")
public record PairValidationResult(
        @Schema(description = "Fiscal year.", example = "2022") int year,
        @Schema(description = "How many pairs were sent.", example = "2") int total,
        @Schema(description = "How many match the 对照表.", example = "1") int valid,
        @Schema(description = "One verdict per pair, in the order sent.") List<PairVerdict> results) {
}
