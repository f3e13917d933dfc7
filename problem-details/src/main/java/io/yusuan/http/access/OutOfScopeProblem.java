package io.yusuan.http.access;

import io.yusuan.problem.ProblemException;

/** The token carries the right role but acts for another region or department: 403. */
public class OutOfScopeProblem extends ProblemException {

    public OutOfScopeProblem(TokenScope scope, String region, String department) {
        super(403, "out-of-scope", "Outside the token's scope", "The bearer token acts for " + scope.describe()
                + ", not for " + (department == null ? "region " + region : "department " + department + " of region " + region)
                + ".");
    }
}
