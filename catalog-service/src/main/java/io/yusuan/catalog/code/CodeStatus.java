package io.yusuan.catalog.code;

/** What a batch validation found of one code. */
public enum CodeStatus {
    /** In the list, at the level budgets are made on, checked against an official edition. */
    VALID(true),
    /** As VALID, but the list row was not checked against an official edition. */
    PROVISIONAL(true),
    /** Not digits, or not as many as any level of the scheme has. */
    MALFORMED(false),
    /**
     * Not in this catalogue's list, but well-formed, at the level budgets are made on and under a known
     * parent whose codes the list may lack (the year's list is not complete, or the parent's children are
     * not all listed or checked). Usable: a gap in the catalogue never refuses a real budget; the caller
     * reports it as a warning.
     */
    UNLISTED(true),
    /** Well-formed, but not a code of the scheme in that year. */
    UNKNOWN(false),
    /** A code of the list, but one with codes below it: budgets are made on its children. */
    NOT_LEAF(false);

    private final boolean usable;

    CodeStatus(boolean usable) {
        this.usable = usable;
    }

    /** Whether a budget line may carry the code. */
    public boolean usable() {
        return usable;
    }
}
