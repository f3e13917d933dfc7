package io.yusuan.budget.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every row of a version's tables needs: the names of its codes, units and projects, and the amount unit. A
 * region's roll-up has no units nor projects of its own: its printed tables group by region where a version's group
 * by unit.
 */
public record TableContext(Map<String, Map<String, String>> classification, Map<String, String> units,
        Map<String, String> projects, Map<String, String> projectCategories, Map<String, String> projectUnits,
        AmountUnit unit) {

    /** The context of a region's roll-up: the year's names, and the names of the regions summed, by code. */
    public static TableContext ofRegions(Map<String, Map<String, String>> classification, Map<String, String> regions,
            AmountUnit unit) {
        return new TableContext(classification, regions, Map.of(), Map.of(), Map.of(), unit);
    }

    Map<String, String> scheme(String scheme) {
        return classification.getOrDefault(scheme, Map.of());
    }

    String name(String scheme, String code) {
        return scheme(scheme).get(code);
    }

    BigDecimal present(BigDecimal yuan) {
        return unit.present(yuan);
    }

    Map<String, BigDecimal> present(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> presented = new LinkedHashMap<>();
        values.forEach((key, amount) -> presented.put(key, unit.present(amount)));
        return presented;
    }
}
