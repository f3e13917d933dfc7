package io.yusuan.catalog.region;

import java.util.SortedSet;

/**
 * Which shipped list answers for a year: the year's own list; failing that the latest earlier one (the most
 * recent divisions known; they change little from one year to the next); for a year before every list, the
 * earliest. An answer from another year's list says so in its provenance.
 */
public final class RegionYears {

    private RegionYears() {
    }

    /**
     * @param shipped the years that have a list; not empty
     * @param requested the year asked for, or {@code null} for the latest list
     */
    public static int listYearFor(SortedSet<Integer> shipped, Integer requested) {
        if (shipped.isEmpty()) {
            throw new IllegalStateException("No region list is loaded");
        }
        if (requested == null) {
            return shipped.last();
        }
        SortedSet<Integer> upToRequested = shipped.headSet(requested + 1);
        return upToRequested.isEmpty() ? shipped.first() : upToRequested.last();
    }
}
