package io.yusuan.budget.history;

/** What a write did to a budget. */
public enum HistoryAction {
    /** 编报: the draft was created or replaced by a package. */
    DRAFT_WRITTEN,
    /** 报送: the draft was submitted to the finance bureau. */
    SUBMITTED,
    /** 批复: the finance bureau approved it. */
    APPROVED,
    /** 退回: the finance bureau returned it to DRAFT, with a reason. */
    RETURNED,
    /** 公开: the approved version was published. */
    PUBLISHED,
    /** 预算调整: a new draft was opened from the published version. */
    ADJUSTMENT_OPENED
}
