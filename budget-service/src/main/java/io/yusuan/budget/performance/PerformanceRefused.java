package io.yusuan.budget.performance;

/**
 * performance-service answered, and refused the request (4xx; 404 where it has no targets for the year): an answer,
 * so neither retried nor counted against the circuit breaker.
 */
public class PerformanceRefused extends RuntimeException {

    private final int status;

    public PerformanceRefused(int status) {
        super("performance-service answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
