package io.yusuan.catalog.correspondence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceTable", description = "The 部门→政府 economic classification 对照表 of a year.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrespondenceTable(
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int year,
        @Schema(description = "The unit type asked for; absent when both columns are given.", example = "ADMINISTRATIVE")
        UnitType unitType,
        @Schema(description = "One row per department economic code, in code order.", maxItems = 50000) List<CorrespondenceRow> rows) {
}
