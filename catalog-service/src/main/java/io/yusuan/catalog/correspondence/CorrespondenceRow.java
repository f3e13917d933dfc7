package io.yusuan.catalog.correspondence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceRow", description = "Where one department economic code goes in the government economic classification.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrespondenceRow(
        @Schema(description = "Department economic code (部门预算支出经济分类, 款).", example = "30101")
        String departmentCode,
        @Schema(description = "Its Chinese name.", example = "基本工资")
        String departmentName,
        @Schema(description = "The government economic code for 行政单位 and 参公 units; absent if there is none or "
                + "another unit type was asked for.")
        GovernmentCode administrative,
        @Schema(description = "The government economic code for 事业单位 and other units; absent if there is none or "
                + "another unit type was asked for.")
        GovernmentCode institution,
        @Schema(description = "The edition of the 对照表 the row was checked against, or `provisional`.",
                example = "财预〔2017〕98号")
        String provenance) {

    @Schema(name = "GovernmentCode", description = "A government economic code (政府预算支出经济分类, 款).")
    public record GovernmentCode(
            @Schema(description = "The code.", example = "50101")
            String code,
            @Schema(description = "Its Chinese name.", example = "工资奖金津补贴")
            String name) {
    }
}
