package io.yusuan.budget.version;

import io.yusuan.problem.ProblemException;

/** A lifecycle step the version's current status does not allow: 409, naming the status. */
public class IllegalTransition extends ProblemException {

    private final VersionStatus current;

    public IllegalTransition(String step, VersionStatus current, String detail) {
        super(409, "illegal-transition", "Illegal transition",
                "Cannot " + step + ": the version is " + current + ". " + detail);
        this.current = current;
    }

    public VersionStatus current() {
        return current;
    }
}
