package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** The 一级 tiers a self-evaluation weighs (财预〔2020〕10号), and 成本 of the newer framework (财预〔2021〕101号). */
@Schema(name = "ScoringTier", description = "The 一级 tier an indicator is scored in: COST, OUTPUT, BENEFIT, SATISFACTION (and BUDGET_EXECUTION).")
public enum ScoringTier {
    /** 成本指标: a 一级 tier in 财预〔2021〕101号, a 二级 tier under 产出 in the 10号 自评表; scored inside 产出 by default. */
    COST("成本指标"),
    /** 产出指标 (数量, 质量, 时效). */
    OUTPUT("产出指标"),
    /** 效益指标 (经济, 社会, 生态效益, 可持续影响). */
    BENEFIT("效益指标"),
    /** 满意度指标 (服务对象满意度). */
    SATISFACTION("满意度指标"),
    /** 预算执行率: scored from the budget execution, never from indicators. */
    BUDGET_EXECUTION("预算执行率");

    private final String label;

    ScoringTier(String label) {
        this.label = label;
    }

    /** @return the Chinese name as the tables print it, e.g. 产出指标 */
    public String label() {
        return label;
    }

    /**
     * @param name a 一级 name as written, with or without 指标: "产出指标", "产出", "预算执行率"
     * @return the tier, or empty when the name is none of them
     */
    public static Optional<ScoringTier> fromName(String name) {
        String trimmed = name.strip();
        for (ScoringTier tier : values()) {
            if (tier.label.equals(trimmed) || tier.label.equals(trimmed + "指标")) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
