package io.yusuan.performance.target;

/** Whose target it is. */
public enum Scope {
    /** 部门（单位）整体绩效目标 */
    OVERALL,
    /** 项目绩效目标 */
    PROJECT
}
