package io.yusuan.budget.changes;

/** What a publication did to a budget. */
public enum ChangeEvent {
    /** 发布: the budget's first published version. */
    PUBLISHED,
    /** 预算调整: a later version published in its place. */
    ADJUSTED
}
