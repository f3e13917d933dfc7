package io.yusuan.catalog.correspondence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrespondenceRow", description = "Where one department economic code goes in the government economic "
        + "classification. A column may list several government codes: the 对照表 is a relation, not a function.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrespondenceRow(
        @Schema(description = "Department economic code (部门预算支出经济分类, 款).", example = "31002", maxLength = 32)
        String departmentCode,
        @Schema(description = "Its Chinese name.", example = "办公设备购置", maxLength = 200)
        String departmentName,
        @Schema(description = "The government economic codes for 行政单位 and 参公 units (empty if there is none); "
                + "absent if another unit type was asked for.", maxItems = 10000)
        List<GovernmentCode> administrative,
        @Schema(description = "The government economic codes for 事业单位 and other units (empty if there is none); "
                + "absent if another unit type was asked for.", maxItems = 10000)
        List<GovernmentCode> institution) {

    @Schema(name = "GovernmentCode", description = "A government economic code (政府预算支出经济分类, 款) the department code "
            + "corresponds to.")
    public record GovernmentCode(
            @Schema(description = "The code.", example = "50306", maxLength = 32)
            String code,
            @Schema(description = "Its Chinese name.", example = "设备购置", maxLength = 200)
            String name,
            @Schema(description = "The edition of the 对照表 the pair was checked against, or `provisional`.",
                    example = "财预〔2017〕98号", maxLength = 2000)
            String provenance) {
    }
}
