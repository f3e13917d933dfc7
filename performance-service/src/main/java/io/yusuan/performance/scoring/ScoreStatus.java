package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * Whether an indicator's target was met (指标完成情况).
 *
 * <p>A quantitative indicator is {@link #MET} only when met in full (its share of the weight is 1). Below that, the
 * line between {@link #PARTLY_MET} and {@link #NOT_MET} is half the target, the same line the 10号 自评表 draws for
 * qualitative grades between 部分达成 (50–80%) and 未达成 (0–50%): a share of 0.5 or more is partly met. A
 * qualitative indicator takes its status from the evaluator's grade. Every status but MET needs a 偏差原因分析及改进措施.
 */
@Schema(name = "ScoreStatus", description = "MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE.")
public enum ScoreStatus {
    /** 达成: met in full. */
    MET,
    /** 部分达成: at least half of the target. */
    PARTLY_MET,
    /** 未达成: less than half of the target. */
    NOT_MET,
    /** 不适用: excluded from the total, which is rescaled over the applicable weight. */
    NOT_APPLICABLE;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** @param share the achieved share of the weight, 0 to 1 */
    static ScoreStatus ofShare(BigDecimal share) {
        if (share.compareTo(BigDecimal.ONE) >= 0) {
            return MET;
        }
        return share.compareTo(HALF) >= 0 ? PARTLY_MET : NOT_MET;
    }

    /** @return whether the 自评表 asks for a 偏差原因分析及改进措施 */
    public boolean needsDeviationAnalysis() {
        return this == PARTLY_MET || this == NOT_MET;
    }
}
