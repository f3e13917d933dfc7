package io.yusuan.budget.finding;

/** How much a finding matters. None of them stops a package from being stored: rejections do. */
public enum Severity {
    /** The figures contradict each other; the disclosure would be wrong as it stands. */
    ERROR,
    /** A deviation from the official rules that a budget office may have reasons for. */
    WARNING,
    /** Worth knowing, nothing to fix. */
    INFO
}
