package io.yusuan.performance.budget;

import io.yusuan.problem.ProblemException;

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

    /**
     * A refusal the caller has no better answer for, as a 502: the key was validated before budget-service was asked,
     * so its refusing it is a disagreement between the services, not the client's mistake.
     *
     * @param what what was asked for, e.g. "its tables workbook"
     */
    public ProblemException problem(String what) {
        return new ProblemException(502, "dependency-refused", "Dependency refused",
                "budget-service answered " + status + " to the request for " + what + ".");
    }
}
