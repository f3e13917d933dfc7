package io.yusuan.performance.evaluation;

/** When actual values are reported. */
public enum Period {
    /** 绩效监控: during the year, as of a date. */
    MONITORING,
    /** 绩效自评: at year end, with the budget execution. */
    SELF_EVALUATION
}
