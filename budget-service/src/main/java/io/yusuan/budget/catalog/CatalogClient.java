package io.yusuan.budget.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * catalog-service, guarded: a slow answer times out, a passing fault is retried, and a dependency
 * that keeps failing is left alone for a while (circuit breaker) instead of holding every request.
 * A refusal ({@link CatalogRefused}) is an answer: it is neither retried nor counted as a failure.
 */
@ApplicationScoped
public class CatalogClient {

    private final CatalogRestClient catalog;

    public CatalogClient(@RestClient CatalogRestClient catalog) {
        this.catalog = catalog;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public List<CatalogScheme> schemes() {
        return catalog.schemes();
    }

    /** Every code of a package, and its economic code pairs, checked against the year in one call. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = CatalogRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = CatalogRefused.class)
    public YearCheck checkYear(int year, YearCheck.Request request) {
        return catalog.checkYear(year, request);
    }

    /** The functional 类 of a year: the rows every table by 类 prints, spent on or not. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = CatalogRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = CatalogRefused.class)
    public List<CodePage.Code> functionalCategories(int year) {
        return catalog.codes(YearCheck.FUNCTIONAL, year, 1, 1000).items();
    }

    /** An administrative division by its 6-digit code, as of the year (the catalog's nearest list). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = CatalogRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = CatalogRefused.class)
    public CatalogRegion region(String code, int year) {
        return catalog.region(code, year);
    }
}
