package io.yusuan.budget.region;

import io.yusuan.http.key.BudgetKey;

/**
 * Which departments a region's roll-up counts: those of the region itself, or (with subregions) also those of every
 * region under it in the catalog's administrative divisions (41 › 4103 › 410304), as budget-service's {@code region}
 * table records their chains ({@code path_codes}).
 *
 * @param region a 6-digit division code (410304; 410300 for 洛阳市, 410000 for 河南省)
 */
public record RegionScope(String region, boolean includeSubregions) {

    public RegionScope {
        // the code is written into SQL as a literal: nothing but six digits may ever reach it
        if (region == null || !region.matches(BudgetKey.REGION_PATTERN)) {
            throw new IllegalArgumentException("not a 6-digit division code: " + region);
        }
    }

    /**
     * The code as the chains name it: a province's or a prefecture's 6-digit code ends in 00 pairs that the chain
     * leaves off (410000 is 41, 410300 is 4103, 410304 stays 410304).
     */
    public String chainCode() {
        return region.replaceFirst("(?:00){1,2}$", "");
    }

    /**
     * An SQL condition that {@code column} (a 6-digit region code) is in the scope: the region itself, or any region
     * whose chain passes through it.
     */
    public String condition(String column) {
        String own = column + " = '" + region + "'";
        if (!includeSubregions) {
            return own;
        }
        return "(" + own + " or " + column + " in (select code from region where '/' || path_codes || '/' like '%/"
                + chainCode() + "/%'))";
    }
}
