package io.yusuan.catalog.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a shipped year file must hold: canonical codes, each once; the level its length says; a parent that is
 * the province of a prefecture, and of a county its prefecture when the list has that prefecture or else its
 * province (as for 北京市's districts or 省直辖县级行政单位 such as 429004 仙桃市); every parent a row of the file;
 * a name and a provenance on every row.
 */
public final class RegionFileRules {

    private RegionFileRules() {
    }

    /** Every fault of the rows, each naming its code; empty if the file may be loaded. */
    public static List<String> check(List<Region> rows) {
        List<String> faults = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Region row : rows) {
            if (!codes.add(row.code())) {
                faults.add(row.code() + " is listed twice");
            }
        }
        for (Region row : rows) {
            String code = row.code();
            if (code == null || !RegionCode.FORM.matcher(code).matches() || code.endsWith("00")) {
                faults.add(code + " is not a canonical region code (2, 4 or 6 digits, no trailing 00)");
                continue;
            }
            if (row.level() != RegionLevel.ofCode(code)) {
                faults.add(code + " is listed as " + row.level() + " but its length makes it " + RegionLevel.ofCode(code));
            }
            String expected = expectedParent(code, codes);
            if (!java.util.Objects.equals(row.parent(), expected)) {
                faults.add(code + " has the parent " + row.parent() + " but should have " + expected);
            } else if (expected != null && !codes.contains(expected)) {
                faults.add(code + " has the parent " + expected + ", which the file does not list");
            }
            if (row.name() == null || row.name().isBlank()) {
                faults.add(code + " has no name");
            }
            if (row.provenance() == null || row.provenance().isBlank()) {
                faults.add(code + " has no provenance");
            }
        }
        return faults;
    }

    /** The parent a code must have in a list of these codes. */
    static String expectedParent(String code, Set<String> codes) {
        return switch (code.length()) {
            case 2 -> null;
            case 4 -> code.substring(0, 2);
            default -> codes.contains(code.substring(0, 4)) ? code.substring(0, 4) : code.substring(0, 2);
        };
    }
}
