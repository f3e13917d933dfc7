package io.yusuan.catalog.correspondence;

/** What a correspondence check found of one pair. */
public enum PairStatus {
    /** The 对照表 lists the pair for the unit's column. */
    MATCH,
    /**
     * The 对照表 does not list the pair for the unit's column, but the government code's 类 is one the
     * department code's 类 corresponds to (or the table says nothing of that 类, or the year has no table):
     * a local practice or a gap in the table, to be reported as a warning, never refused.
     */
    UNLISTED,
    /** The government code's 类 never corresponds to the department code's 类: a wage coded as office costs. */
    INCOMPATIBLE
}
