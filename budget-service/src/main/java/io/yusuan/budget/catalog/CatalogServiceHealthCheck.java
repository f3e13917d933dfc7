package io.yusuan.budget.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.HealthGroup;

/**
 * Whether catalog-service answers, at {@code /q/health/group/dependencies}. Deliberately not a
 * readiness check: stored budgets keep serving while catalog-service is down, so its absence must
 * not take this service out of rotation.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class CatalogServiceHealthCheck implements HealthCheck {

    private final CatalogClient catalog;

    public CatalogServiceHealthCheck(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("catalog-service");
        try {
            List<CatalogScheme> schemes = catalog.schemes();
            return response.up().withData("schemes", schemes.size()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
