package io.yusuan.performance.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * budget-service, guarded: a slow answer times out, a passing fault is retried, and a dependency
 * that keeps failing is left alone for a while (circuit breaker) instead of holding every request.
 * <p>
 * Only budget-service failing counts against the breaker: no answer, a timeout, a 5xx. A 4xx ({@link BudgetRefused})
 * is its answer about the request (no such published budget), so it is neither retried nor counted ({@code skipOn}),
 * however many clients ask for what does not exist. And a request cannot make budget-service fail for everyone with
 * its input: the path's keys are validated by pattern (BudgetKey, ProjectCode) before any call, so only well-formed
 * keys ever reach it.
 */
@ApplicationScoped
public class BudgetClient {

    private final BudgetRestClient budget;

    public BudgetClient(@RestClient BudgetRestClient budget) {
        this.budget = budget;
    }

    /** The first departments of a region, or of all regions when {@code region} is null. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = BudgetRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = BudgetRefused.class)
    public BudgetDepartmentPage departments(String region, int limit) {
        return budget.departments(region, limit);
    }

    /** The published budget's funding, by project too; {@link BudgetRefused} 404 when nothing is published. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = BudgetRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = BudgetRefused.class)
    public BudgetFunding funding(String region, String department, int year) {
        return budget.funding(region, department, year);
    }

    /**
     * budget-service's workbook of tables 01–11 of a published version (the latest when {@code version} is null);
     * {@link BudgetRefused} 404 when there is no such published version. A workbook takes longer to make than a JSON
     * read, so it is given the client's whole read timeout (5 s).
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = BudgetRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = BudgetRefused.class)
    public byte[] tablesWorkbook(String region, String department, int year, Integer version) {
        return budget.tablesWorkbook(region, department, year, version);
    }
}
