package io.yusuan.budget.version;

import io.yusuan.problem.NotFoundProblem;

/** No budget (or no visible version of it) for the department and year. */
public class BudgetNotFound extends NotFoundProblem {

    public BudgetNotFound(String region, String department, int year, String why) {
        super("No budget " + year + " of department " + department + " in region " + region + " " + why + ".");
    }
}
