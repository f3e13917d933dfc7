package io.yusuan.budget.load;

/** 基本支出 or 项目支出. */
public enum ExpenditureKind {
    /** 基本支出 */
    BASIC,
    /** 项目支出 */
    PROJECT
}
