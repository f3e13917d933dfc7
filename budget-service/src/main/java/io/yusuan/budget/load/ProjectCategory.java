package io.yusuan.budget.load;

/** The category of a project (项目类别). */
public enum ProjectCategory {
    /** 其他运转类 */
    OTHER_OPERATING,
    /** 特定目标类 */
    SPECIFIC_PURPOSE
}
