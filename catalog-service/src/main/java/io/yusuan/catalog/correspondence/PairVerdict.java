package io.yusuan.catalog.correspondence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceVerdict", description = "The check of one pair against the 对照表.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairVerdict(
        @Schema(description = "Department economic code, as sent.", example = "30107") String departmentCode,
        @Schema(description = "Government economic code, as sent.", example = "50501") String governmentCode,
        @Schema(description = "Unit type, as sent.", example = "ADMINISTRATIVE") UnitType unitType,
        @Schema(description = "Whether the pair is the official correspondence.", example = "false") boolean valid,
        @Schema(description = "MATCH, MISMATCH, UNKNOWN_DEPARTMENT_CODE or NO_CORRESPONDENCE.", example = "MISMATCH")
        PairStatus status,
        @Schema(description = "The government code the 对照表 gives, where it gives one.", example = "50101")
        String expected) {

    /** The rule: the pair matches when its government code is the 对照表's for its unit type. */
    static PairVerdict of(PairCheck pair, EconomicCorrespondence row) {
        if (row == null) {
            return new PairVerdict(pair.departmentCode(), pair.governmentCode(), pair.unitType(), false,
                    PairStatus.UNKNOWN_DEPARTMENT_CODE, null);
        }
        String expected = row.governmentCodeFor(pair.unitType());
        if (expected == null) {
            return new PairVerdict(pair.departmentCode(), pair.governmentCode(), pair.unitType(), false,
                    PairStatus.NO_CORRESPONDENCE, null);
        }
        boolean match = expected.equals(pair.governmentCode());
        return new PairVerdict(pair.departmentCode(), pair.governmentCode(), pair.unitType(), match,
                match ? PairStatus.MATCH : PairStatus.MISMATCH, expected);
    }
}
