package io.yusuan.budget.catalog;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
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
    private final ObjectMapper json;
    private final JavaType schemeList;
    private final JavaType codePage;
    private final JavaType region;

    public CatalogClient(@RestClient CatalogRestClient catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
        this.schemeList = json.getTypeFactory().constructCollectionType(List.class, CatalogScheme.class);
        this.codePage = json.constructType(CodePage.class);
        this.region = json.constructType(CatalogRegion.class);
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public List<CatalogScheme> schemes() {
        return revalidated(catalog::schemes, schemeList);
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
        return revalidated(() -> catalog.codes(YearCheck.FUNCTIONAL, year, 1, 1000), codePage).items();
    }

    /** An administrative division by its 6-digit code, as of the year (the catalog's nearest list). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = CatalogRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = CatalogRefused.class)
    public CatalogRegion region(String code, int year) {
        return revalidated(() -> catalog.region(code, year), region);
    }

    /**
     * A read {@link RevalidatedReads} may answer with the answer it kept (on a 304), read here as {@code type}: never
     * retried, never a failure.
     */
    private <T> T revalidated(Supplier<T> read, JavaType type) {
        try {
            return read.get();
        } catch (RuntimeException failure) {
            byte[] kept = RevalidatedReads.KeptAnswer.in(failure).orElseThrow(() -> failure);
            try {
                return json.readValue(kept, type);
            } catch (IOException e) {
                throw new UncheckedIOException("An answer catalog-service gave reads again", e);
            }
        }
    }
}
