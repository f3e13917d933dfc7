package io.yusuan.budget.catalog;

/**
 * catalog-service answered, and refused the request (4xx): an answer, so neither retried nor
 * counted against the circuit breaker.
 */
public class CatalogRefused extends RuntimeException {

    private final int status;

    public CatalogRefused(int status, String body) {
        super("catalog-service answered " + status + ": " + body);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
