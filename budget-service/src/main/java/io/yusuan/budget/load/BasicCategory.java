package io.yusuan.budget.load;

/** The part of basic expenditure a line belongs to. */
public enum BasicCategory {
    /** 人员经费 */
    PERSONNEL,
    /** 公用经费 */
    PUBLIC
}
