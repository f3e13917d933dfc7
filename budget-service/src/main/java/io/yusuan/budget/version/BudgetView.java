package io.yusuan.budget.version;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "A department's budget for a year: its versions and the totals of the current one.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetView(
        @Schema(maxLength = 6, description = "Fiscal division code.", example = "410304") String region,
        @Schema(maxLength = 200, description = "Fiscal division name.", example = "洛阳市瀍河回族区") String regionName,
        @Schema(maxLength = 20, description = "Department code.", example = "141") String department,
        @Schema(maxLength = 200, description = "Department name.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String departmentName,
        @Schema(minimum = "2000", maximum = "2099", description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(maxItems = 9999, description = "The versions the reader may see, oldest first.") List<VersionView> versions,
        @Schema(minimum = "1", maximum = "9999", description = "The version the totals are of: the latest published, or the open draft for its editors.",
                example = "1") int currentVersion,
        @Schema(description = "Totals of the current version, in yuan.") VersionTotals totals,
        @Schema(description = "Adjustment rate (预算调整率) of the latest published version against the first, in percent "
                + "with two decimals; absent until a budget is adjusted.", example = "2.50") BigDecimal adjustmentRate) {
}
