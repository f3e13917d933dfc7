package io.yusuan.budget.version;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.NotFoundProblem;

/** No budget (or no visible version of it) for the department and year. */
public class BudgetNotFound extends NotFoundProblem {

    public BudgetNotFound(BudgetKey key, String why) {
        super("No budget " + key.year() + " of department " + key.department() + " in region " + key.region() + " "
                + why + ".");
    }
}
