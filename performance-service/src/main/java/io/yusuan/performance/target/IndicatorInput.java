package io.yusuan.performance.target;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorInput", description = "An indicator as a budget office writes it.")
public record IndicatorInput(
        @Schema(description = "一级指标.", example = "产出指标") @NotBlank @Size(max = TargetLimits.NAME) String tier1,
        @Schema(description = "二级指标; the project table of the 2022 template prints none.", example = "数量指标")
        @Size(max = TargetLimits.NAME) String tier2,
        @Schema(description = "三级指标 (free text).", example = "服务窗口数量") @NotBlank @Size(max = TargetLimits.NAME) String name,
        @Schema(description = "指标值, as written: kept as is and parsed.", example = "46 个")
        @NotBlank @Size(max = TargetLimits.NAME) String target,
        @Schema(description = "指标值说明: a note on the value, a sentence or a paragraph.", example = "政务服务大厅设置的服务窗口数")
        @Size(max = TargetLimits.NOTE) String explanation,
        @Schema(description = "Weight (分值) in a self-evaluation, 0 to 100 with at most 2 decimals; an even share of its "
                + "tier when absent.", example = "10")
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weight) {
}
