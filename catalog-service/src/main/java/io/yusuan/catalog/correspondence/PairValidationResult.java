package io.yusuan.catalog.correspondence;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceValidationResult", description = "Each pair's verdict, in the order sent.")
public record PairValidationResult(
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int year,
        @Schema(description = "How many pairs were sent.", example = "2", minimum = "0", maximum = "10000") int total,
        @Schema(description = "How many match the 对照表.", example = "1", minimum = "0", maximum = "10000") int valid,
        @Schema(description = "One verdict per pair, in the order sent.", maxItems = 10000) List<PairVerdict> results) {
}
