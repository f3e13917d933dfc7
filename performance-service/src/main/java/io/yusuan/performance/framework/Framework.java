package io.yusuan.performance.framework;

/** Which target an indicator tier belongs to. */
public enum Framework {
    /** 项目绩效目标: a project's targets (财预〔2021〕101号). */
    PROJECT,
    /** 部门（单位）整体绩效目标: the department's overall target. */
    DEPARTMENT
}
