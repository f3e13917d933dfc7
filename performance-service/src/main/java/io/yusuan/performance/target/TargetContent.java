package io.yusuan.performance.target;

import java.math.BigDecimal;

/** What a write gives a target, the JSON parts as JSON text. */
record TargetContent(String projectName, String unitCode, String unitName, String departmentName, String annualGoal, String tasks,
        int budgetVersion, String funding, BigDecimal declaredTotal, String indicators, String findings) {
}
