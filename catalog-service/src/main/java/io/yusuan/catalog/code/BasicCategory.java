package io.yusuan.catalog.code;

/** Where a department economic code falls within basic expenditure (基本支出). */
public enum BasicCategory {
    /** 人员经费 */
    PERSONNEL,
    /** 公用经费 */
    PUBLIC
}
