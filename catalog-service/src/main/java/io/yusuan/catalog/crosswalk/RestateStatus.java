package io.yusuan.catalog.crosswalk;

/** What became of an old code in a later year. */
public enum RestateStatus {
    /** Same code, same name. */
    UNCHANGED,
    /** Same code, new name. */
    RENAMED,
    /** Several new codes: amounts must be shared out between them. */
    SPLIT,
    /** One new code, shared with other old codes. */
    MERGED,
    /** One new code in its place. */
    REPLACED,
    /** No successor. */
    RETIRED,
    /** Not a code of the earlier year. */
    UNKNOWN
}
