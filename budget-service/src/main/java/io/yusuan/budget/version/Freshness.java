package io.yusuan.budget.version;

/**
 * How long a read may be kept by the browser and by caches on the way (Cache-Control), from what the answer shows: a
 * published version never changes again (发布后不再变更: an adjustment publishes a new version), so its address keeps
 * the same answer forever; the latest published version of a budget changes when an adjustment (预算调整) is
 * published; a draft is the editor's alone and changes with every load.
 */
public enum Freshness {

    /** A published version asked for by number: the answer at that address never changes. */
    IMMUTABLE("public, max-age=31536000, immutable"),

    /** Published data at an address whose answer moves on with the next publication: kept briefly, then revalidated. */
    REVALIDATED("public, max-age=60, must-revalidate"),

    /** Anything showing a version not yet published: never stored, neither shared nor kept by the editor's browser. */
    UNSTORED("private, no-store");

    private final String header;

    Freshness(String header) {
        this.header = header;
    }

    /**
     * @param published whether everything the answer shows is published
     * @param addressed whether the request named the version by number (not "the latest", nor {@code asOf})
     */
    public static Freshness of(boolean published, boolean addressed) {
        if (!published) {
            return UNSTORED;
        }
        return addressed ? IMMUTABLE : REVALIDATED;
    }

    /** The Cache-Control header's value. */
    public String header() {
        return header;
    }

    /** Whether who asks can change the answer at the same address (an editor's token shows the open draft). */
    public boolean variesByReader() {
        return this != IMMUTABLE;
    }
}
