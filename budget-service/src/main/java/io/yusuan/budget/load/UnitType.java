package io.yusuan.budget.load;

/** The kind of budget unit (预算单位): decides the government economic correspondence and whether 机关运行经费 applies. */
public enum UnitType {
    /** 行政单位 */
    ADMINISTRATIVE,
    /** 参照公务员法管理的事业单位 */
    CIVIL_SERVICE_MANAGED,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 其他单位 */
    OTHER;

    /** Whether 机关运行经费 (operating costs of organs) are counted for the unit: 行政 and 参公 units. */
    public boolean countsOperatingCosts() {
        return this == ADMINISTRATIVE || this == CIVIL_SERVICE_MANAGED;
    }
}
