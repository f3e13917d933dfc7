package io.yusuan.performance.export;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A row of performance_target as the export reads it, with the latest report of actuals against it (null fields when
 * none).
 *
 * @param budgetTotal    资金总额 (yuan) of the budget the target was written against: the base of 预算执行率
 * @param indicators     the indicators column, JSON
 * @param actualsPeriod  period of the latest report, or null
 * @param actualsAsOf    its date, ISO, or null
 * @param actuals        its body (JSON of the actuals as sent), or null
 */
record StoredTarget(String region, String department, String departmentName, int year, String scope, String projectCode,
        String projectName, String unitCode, String unitName, int revision, OffsetDateTime updatedAt, BigDecimal budgetTotal,
        String indicators, String actualsPeriod, String actualsAsOf, String actuals) {
}
