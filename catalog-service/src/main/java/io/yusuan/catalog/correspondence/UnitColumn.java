package io.yusuan.catalog.correspondence;

/** The two columns of the 对照表: which government codes a type of unit takes. */
public enum UnitColumn {
    /** 行政单位 and 参照公务员法管理的事业单位: the 机关 classes (501–504). */
    ADMINISTRATIVE,
    /** 事业单位 and other units: 505 and 506 in place of the 机关 classes. */
    INSTITUTION
}
