package io.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A performance target as performance-service answers it, as far as the disclosure document reads it: the budget
 * version its 预算情况 was taken from, i.e. the version the target was written against. Every other field is
 * performance-service's own and ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PerformanceTarget(Budget budget) {

    /** 预算情况: the published budget version it comes from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Budget(Integer budgetVersion) {
    }

    /** The budget version the target was written against, or null where performance-service does not say. */
    Integer budgetVersion() {
        return budget == null ? null : budget.budgetVersion();
    }
}
