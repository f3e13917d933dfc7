package io.yusuan.performance.budget;

/** budget-service answered, and refused (4xx): an answer, so neither retried nor counted against the circuit breaker. */
public class BudgetRefused extends RuntimeException {

    private final int status;

    public BudgetRefused(int status) {
        super("budget-service answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
