package io.yusuan.budget.funding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetFunding", description = "A version's funding and that of each of its projects.")
public record BudgetFunding(
        @Schema(minimum = "2000", maximum = "2099", description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(minimum = "1", maximum = "9999", description = "The version.", example = "1") int version,
        @Schema(maxLength = 200, description = "Department name.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String departmentName,
        @Schema(description = "The whole budget's funding.") Funding total,
        @Schema(maxItems = 100000, description = "Each project, in code order.") List<ProjectFunding> projects) {
}
