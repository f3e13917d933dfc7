package io.yusuan.budget.funding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectFunding", description = "A project of a budget version and its amounts.")
public record ProjectFunding(
        @Schema(maxLength = 32, description = "21-character project code.", example = "410304220000000006846") String code,
        @Schema(maxLength = 200, description = "Name.", example = "政务服务工作经费") String name,
        @Schema(maxLength = 32, description = "Unit code.", example = "141001") String unit,
        @Schema(maxLength = 200, description = "Unit name (实施单位).", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String unitName,
        @Schema(maxLength = 200, description = "OTHER_OPERATING 其他运转类 or SPECIFIC_PURPOSE 特定目标类.", example = "OTHER_OPERATING") String category,
        @Schema(description = "Its amounts by source of funds, in yuan.") Funding funding) {
}
