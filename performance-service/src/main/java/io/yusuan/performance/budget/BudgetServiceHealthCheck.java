package io.yusuan.performance.budget;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether budget-service answers, at {@code /q/health/group/dependencies}. Not a readiness check:
 * stored targets keep serving while budget-service is down.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class BudgetServiceHealthCheck implements HealthCheck {

    private final BudgetClient budget;

    public BudgetServiceHealthCheck(BudgetClient budget) {
        this.budget = budget;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            budget.departments(null, 1);
            return HealthCheckResponse.up("budget-service");
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder().name("budget-service").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
