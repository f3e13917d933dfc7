package io.yusuan.catalog.code;

/** How much of its year's official edition a code list holds. */
public enum Coverage {
    /** The edition was not seen: every row is derived from other years and unchecked. */
    PROVISIONAL,
    /** Rows checked against the edition, but not every code of it: a code may be missing. */
    PARTIAL,
    /** Every code of the edition: a code not listed is not a code of the year. */
    COMPLETE;

    /** Whether the list may lack a code the edition has. */
    public boolean mayLackCodes() {
        return this != COMPLETE;
    }
}
