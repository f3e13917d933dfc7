package io.yusuan.performance.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yusuan.performance.indicator.ParsedTarget;
import io.yusuan.performance.indicator.TargetParser;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "An indicator: its tiers, its target as written and as parsed.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
        @Schema(description = "一级指标.", example = "产出指标", maxLength = TargetLimits.NAME) String tier1,
        @Schema(description = "二级指标.", example = "数量指标", maxLength = TargetLimits.NAME) String tier2,
        @Schema(description = "三级指标.", example = "服务窗口数量", maxLength = TargetLimits.NAME) String name,
        @Schema(description = "The target: the raw text as written beside its parsed form.") ParsedTarget target,
        @Schema(description = "指标值说明.", maxLength = TargetLimits.NOTE) String explanation,
        @Schema(description = "Weight (分值) in a self-evaluation, if given.", example = "10") BigDecimal weight) {

    static Indicator of(IndicatorInput input) {
        return new Indicator(input.tier1().strip(), input.tier2() == null ? null : input.tier2().strip(), input.name().strip(),
                TargetParser.parse(input.target()), input.explanation(), input.weight());
    }
}
