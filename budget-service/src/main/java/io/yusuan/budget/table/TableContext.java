package io.yusuan.budget.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every row of a version's tables needs: the names of its codes, units and projects, and the amount unit. */
record TableContext(Map<String, Map<String, String>> classification, Map<String, String> units,
        Map<String, String> projects, Map<String, String> projectCategories, Map<String, String> projectUnits,
        AmountUnit unit) {

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
