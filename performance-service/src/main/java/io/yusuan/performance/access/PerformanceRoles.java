package io.yusuan.performance.access;

/**
 * The roles of performance-service's writes. Targets and their results are kept apart: the office that sets a target
 * is not the one that reports how far it was met (绩效目标 and 绩效自评 are separate acts).
 */
public final class PerformanceRoles {

    /** Writes targets, overall and of projects. */
    public static final String EDITOR = "performance-editor";
    /** Reports actuals (绩效监控, 绩效自评), which the self-evaluation scores. */
    public static final String EVALUATOR = "performance-evaluator";

    private PerformanceRoles() {
    }
}
