package io.yusuan.catalog.crosswalk;

/** How a code changed between two fiscal years' lists. */
public enum ChangeKind {
    /** Same code, new name. */
    RENAMED,
    /** A new code with no predecessor. */
    ADDED,
    /** A code with no successor. */
    RETIRED,
    /** One old code became several new ones. */
    SPLIT,
    /** Several old codes became one new one. */
    MERGED,
    /** An old code was retired and its content moved to one new code. */
    REPLACED
}
