package io.yusuan.budget.version;

/** Where a budget version stands: DRAFT → SUBMITTED → APPROVED (批复) → PUBLISHED (公开). */
public enum VersionStatus {
    /** Being prepared by the department; replaced whole by each load. */
    DRAFT,
    /** Sent to the finance bureau; no longer editable. */
    SUBMITTED,
    /** Approved (批复) on a date by the finance bureau. */
    APPROVED,
    /** Disclosed to the public; immutable. */
    PUBLISHED
}
