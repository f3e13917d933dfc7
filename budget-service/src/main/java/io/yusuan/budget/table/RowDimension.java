package io.yusuan.budget.table;

/** What a section's rows are. */
public enum RowDimension {
    /** 支出功能分类 类, 款 and 项 of the lines, each 类 and 款 with its subtotal. */
    FUNCTIONAL,
    /** Every functional 类 of the year, spent on or not, as the template prints them. */
    FUNCTIONAL_CATEGORIES,
    /** 部门预算支出经济分类 类 and 款, each 款 with the government economic code the lines pair it with. */
    ECONOMIC_DEPARTMENT,
    /** 政府预算支出经济分类 类 and 款. */
    ECONOMIC_GOVERNMENT,
    /** Each unit, then its 项 (the printed rows of 03, 05, 09, 10). */
    UNIT_FUNCTIONAL,
    /** Each unit, and its projects in the package's order (their place in its list of projects). */
    PROJECT,
    /** Each revenue source, in the template's order, with revenue or not. */
    REVENUE_SOURCE,
    /** Each budget unit. */
    UNIT,
    /** One row: the section is a set of totals. */
    NONE
}
