package io.yusuan.performance.budget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A page of budget-service's departments, with only the fields performance-service reads (a
 * tolerant reader: budget-service may add fields freely).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetDepartmentPage(List<Department> items) {

    /** A department whose budgets budget-service keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Department(String code, String name) {
    }
}
