package io.yusuan.performance.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator framework as a tree of tiers. The tree is typed to a fixed depth (一级 › 二级 › 三级), one schema per
 * level, not as one recursive tier: tools such as Portman cannot read a recursive schema. The framework holds 一级 and
 * 二级 tiers; 三级 indicators are free text set per target, so a 二级 tier's children are empty today.
 */
@Schema(name = "IndicatorFramework", description = "The tiers of one indicator framework (绩效指标体系).")
public record FrameworkView(
        @Schema(description = "PROJECT (项目绩效目标) or DEPARTMENT (部门（单位）整体绩效目标).", example = "PROJECT")
        Framework framework,
        @Schema(description = "The 一级 tiers in their printed order, each with its 二级 tiers.", maxItems = 50)
        List<TierView> tiers) {

    @Schema(name = "IndicatorTier", description = "A 一级 tier and its 二级 tiers.")
    public record TierView(
            @Schema(description = "Chinese name, as printed in the tables.", example = "产出指标", maxLength = 200)
            String name,
            @Schema(description = "English name.", example = "Output", maxLength = 200)
            String nameEn,
            @Schema(description = "Default weight in a self-evaluation (自评), out of 100; null where none is set.",
                    example = "50", nullable = true)
            BigDecimal defaultWeight,
            @Schema(description = "The rule that defines the tier.", example = "财预〔2020〕10号", maxLength = 200)
            String basis,
            @Schema(description = "The 二级 tiers, in printed order.", maxItems = 50)
            List<SubTierView> children) {
    }

    @Schema(name = "IndicatorSubTier", description = "A 二级 tier and its 三级 tiers.")
    public record SubTierView(
            @Schema(description = "Chinese name, as printed in the tables.", example = "数量指标", maxLength = 200)
            String name,
            @Schema(description = "English name.", example = "Quantity", maxLength = 200)
            String nameEn,
            @Schema(description = "Default weight in a self-evaluation (自评), out of 100: only 一级 tiers have one, so null.",
                    nullable = true)
            BigDecimal defaultWeight,
            @Schema(description = "The rule that defines the tier.", example = "财预〔2020〕10号", maxLength = 200)
            String basis,
            @Schema(description = "The 三级 tiers, in printed order; empty, since 三级 indicators are free text set per target.", maxItems = 50)
            List<LeafTierView> children) {
    }

    @Schema(name = "IndicatorLeafTier", description = "A 三级 tier, the deepest a framework goes.")
    public record LeafTierView(
            @Schema(description = "Chinese name, as printed in the tables.", maxLength = 200)
            String name,
            @Schema(description = "English name.", maxLength = 200)
            String nameEn,
            @Schema(description = "Default weight in a self-evaluation (自评): only 一级 tiers have one, so null.",
                    nullable = true)
            BigDecimal defaultWeight,
            @Schema(description = "The rule that defines the tier.", maxLength = 200)
            String basis) {
    }

    /** Groups tiers, given parents first, into one tree per framework. */
    static List<FrameworkView> of(List<IndicatorTier> tiers) {
        Map<Framework, List<TierView>> roots = new LinkedHashMap<>();
        Map<Integer, List<SubTierView>> firstTierChildren = new LinkedHashMap<>();
        Map<Integer, List<LeafTierView>> secondTierChildren = new LinkedHashMap<>();
        for (IndicatorTier tier : tiers) {
            if (tier.parentId() == null) {
                List<SubTierView> own = new ArrayList<>();
                firstTierChildren.put(tier.id(), own);
                roots.computeIfAbsent(tier.framework(), f -> new ArrayList<>())
                        .add(new TierView(tier.name(), tier.nameEn(), tier.defaultWeight(), tier.basis(), own));
            } else if (firstTierChildren.containsKey(tier.parentId())) {
                List<LeafTierView> own = new ArrayList<>();
                secondTierChildren.put(tier.id(), own);
                firstTierChildren.get(tier.parentId())
                        .add(new SubTierView(tier.name(), tier.nameEn(), tier.defaultWeight(), tier.basis(), own));
            } else if (secondTierChildren.containsKey(tier.parentId())) {
                secondTierChildren.get(tier.parentId())
                        .add(new LeafTierView(tier.name(), tier.nameEn(), tier.defaultWeight(), tier.basis()));
            } else {
                throw new IllegalStateException("Indicator tier " + tier.id() + " is below a 三级 tier or before its parent: "
                        + "a framework is three tiers deep at most, parents first");
            }
        }
        return roots.entrySet().stream().map(e -> new FrameworkView(e.getKey(), e.getValue())).toList();
    }
}
