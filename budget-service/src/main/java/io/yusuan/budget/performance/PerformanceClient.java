package io.yusuan.budget.performance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * performance-service, guarded as budget-service guards catalog-service: a slow answer times out, a passing fault is
 * retried once (a reader of the document is waiting), and a service that keeps failing is left alone for a while
 * (circuit breaker). A refusal ({@link PerformanceRefused}) is an answer: neither retried nor counted as a failure.
 */
@ApplicationScoped
class PerformanceClient {

    private final PerformanceRestClient performance;

    PerformanceClient(@RestClient PerformanceRestClient performance) {
        this.performance = performance;
    }

    /** Table 12 or 13 of a department's year. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = PerformanceRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PerformanceRefused.class)
    public PerformanceTable table(String region, String department, int year, String number) {
        return performance.table(region, department, year, number);
    }

    /** The overall target of a department's year (table 12's). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = PerformanceRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PerformanceRefused.class)
    public PerformanceTarget overall(String region, String department, int year) {
        return performance.overall(region, department, year);
    }

    /** The project targets of a department's year (table 13's). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = PerformanceRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PerformanceRefused.class)
    public List<PerformanceTarget> projects(String region, String department, int year) {
        return performance.projects(region, department, year);
    }
}
