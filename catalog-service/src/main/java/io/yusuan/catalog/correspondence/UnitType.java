package io.yusuan.catalog.correspondence;

/** The kind of budget unit, which decides which government economic code a department code maps to. */
public enum UnitType {
    /** 行政单位: the 机关 column (50x). */
    ADMINISTRATIVE(true),
    /** 参照公务员法管理的事业单位: treated as an administrative unit. */
    CIVIL_SERVICE_MANAGED(true),
    /** 事业单位: the 事业单位 column (505/506). */
    PUBLIC_INSTITUTION(false),
    /** Any other unit: not an organ of state, so the 事业单位 column. */
    OTHER(false);

    private final boolean administrativeColumn;

    UnitType(boolean administrativeColumn) {
        this.administrativeColumn = administrativeColumn;
    }

    /** The column of the 对照表 the unit takes. */
    public UnitColumn column() {
        return administrativeColumn ? UnitColumn.ADMINISTRATIVE : UnitColumn.INSTITUTION;
    }
}
