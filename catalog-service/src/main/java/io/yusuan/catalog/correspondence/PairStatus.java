package io.yusuan.catalog.correspondence;

/** What a correspondence check found of one pair. */
public enum PairStatus {
    /** The government code is the one the 对照表 gives for the unit type. */
    MATCH,
    /** The 对照表 gives another government code for the unit type. */
    MISMATCH,
    /** The department code has no row in the year's 对照表. */
    UNKNOWN_DEPARTMENT_CODE,
    /** The department code's row gives no government code for the unit type. */
    NO_CORRESPONDENCE
}
