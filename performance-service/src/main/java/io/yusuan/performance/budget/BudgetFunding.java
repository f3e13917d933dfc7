package io.yusuan.performance.budget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The funding of a published budget and of each of its projects, as budget-service gives it, with
 * only the fields performance-service reads. Amounts in yuan.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetFunding(int fiscalYear, int version, String departmentName, Funding total, List<Project> projects) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funding(BigDecimal total, BigDecimal governmentBudget, BigDecimal specialAccount, BigDecimal unitFunds,
            BigDecimal basic, BigDecimal project) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String code, String name, String unit, String unitName, String category, Funding funding) {
    }

    public Optional<Project> project(String code) {
        return projects.stream().filter(project -> project.code().equals(code)).findFirst();
    }
}
