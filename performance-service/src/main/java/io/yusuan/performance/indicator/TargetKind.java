package io.yusuan.performance.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a target is a measurable number (定量指标) or a statement (定性指标). */
@Schema(name = "TargetKind", description = "QUANTITATIVE 定量 or QUALITATIVE 定性.")
public enum TargetKind {
    /** 定量指标: an operator, a number and usually a unit, e.g. "≥90%". */
    QUANTITATIVE,
    /** 定性指标: a statement judged by the evaluator, e.g. "即时响应", "明显", "相关". */
    QUALITATIVE
}
