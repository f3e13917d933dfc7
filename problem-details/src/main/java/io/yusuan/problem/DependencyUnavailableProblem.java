package io.yusuan.problem;

/**
 * A service this one depends on did not answer in time, so a request that needs it cannot be
 * served now: 503. Nothing was written.
 */
public class DependencyUnavailableProblem extends ProblemException {

    public DependencyUnavailableProblem(String dependency, Throwable cause) {
        super(503, "dependency-unavailable", "Dependency unavailable",
                dependency + " did not answer; nothing was written. Try again later.");
        initCause(cause);
    }
}
