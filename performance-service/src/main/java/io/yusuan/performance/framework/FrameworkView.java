package io.yusuan.performance.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorFramework", description = "The tiers of one indicator framework (绩效指标体系).")
public record FrameworkView(
        @Schema(description = "PROJECT (项目绩效目标) or DEPARTMENT (部门（单位）整体绩效目标).", example = "PROJECT")
        Framework framework,
        @Schema(description = "The 一级 tiers in their printed order, each with its 二级 tiers.")
        List<TierView> tiers) {

    @Schema(name = "IndicatorTier", description = "A 一级 tier and its 二级 tiers.")
    public record TierView(
            @Schema(description = "Chinese name, as printed in the tables.", example = "产出指标")
            String name,
            @Schema(description = "English name.", example = "Output")
            String nameEn,
            @Schema(description = "Default weight in a self-evaluation (自评), out of 100; absent where none is set.",
                    example = "50")
            BigDecimal defaultWeight,
            @Schema(description = "The rule that defines the tier.", example = "财预〔2020〕10号")
            String basis,
            @Schema(description = "The 二级 tiers, in printed order; 三级 indicators are free text set per target.")
            List<TierView> children) {
    }

    /** Groups tiers, given parents first, into one tree per framework. */
    static List<FrameworkView> of(List<IndicatorTier> tiers) {
        Map<Framework, List<TierView>> roots = new LinkedHashMap<>();
        Map<Integer, List<TierView>> children = new LinkedHashMap<>();
        for (IndicatorTier tier : tiers) {
            List<TierView> own = new ArrayList<>();
            children.put(tier.id(), own);
            TierView view = new TierView(tier.name(), tier.nameEn(), tier.defaultWeight(), tier.basis(), own);
            if (tier.parentId() == null) {
                roots.computeIfAbsent(tier.framework(), f -> new ArrayList<>()).add(view);
            } else {
                children.get(tier.parentId()).add(view);
            }
        }
        return roots.entrySet().stream().map(e -> new FrameworkView(e.getKey(), e.getValue())).toList();
    }
}
