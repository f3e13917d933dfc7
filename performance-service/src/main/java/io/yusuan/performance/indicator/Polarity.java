package io.yusuan.performance.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which direction of the actual value is better (指标方向), as scoring needs it. */
@Schema(name = "Polarity", description = "HIGHER_IS_BETTER, LOWER_IS_BETTER or EXACT.")
public enum Polarity {
    /** 正向指标: ≥ and &gt;, e.g. 满意度 ≥95%. */
    HIGHER_IS_BETTER,
    /** 反向指标: ≤ and &lt;, typical for 成本 and 时限, e.g. 故障修复平均时间 ≤4 小时. */
    LOWER_IS_BETTER,
    /** 等于 or inside a range: any departure from the target counts against it. */
    EXACT
}
