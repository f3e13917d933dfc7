package io.yusuan.budget.region;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/** What the department ranking sorts by: a figure of each department's latest published version, in yuan. */
enum RankingSort {
    TOTAL_REVENUE("totalRevenue", "total_revenue"),
    TOTAL_EXPENDITURE("totalExpenditure", "total_expenditure"),
    BASIC_EXPENDITURE("basicExpenditure", "basic_expenditure"),
    PROJECT_EXPENDITURE("projectExpenditure", "project_expenditure"),
    GENERAL_PUBLIC_BUDGET_EXPENDITURE("generalPublicBudgetExpenditure", "general_public_budget_expenditure"),
    GOVERNMENT_FUND_EXPENDITURE("governmentFundExpenditure", "government_fund_expenditure"),
    THREE_PUBLIC("threePublic", "three_public");

    /** The {@code sort} values, written out for the annotations that need a constant (a test checks it lists all). */
    static final String NAMES = "totalRevenue, totalExpenditure, basicExpenditure, projectExpenditure, "
            + "generalPublicBudgetExpenditure, governmentFundExpenditure, threePublic";

    private final String parameter;
    private final String column;

    RankingSort(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** Its name in the query string, and in the ranking's items. */
    String parameter() {
        return parameter;
    }

    /** Its column of region_budget (V8). */
    String column() {
        return column;
    }

    /** The sort named {@code sort}, or a 400 naming the parameter and the sorts there are. */
    static RankingSort of(String sort) {
        return Arrays.stream(values()).filter(value -> value.parameter.equals(sort)).findFirst()
                .orElseThrow(() -> new ProblemException(400, "invalid-request", "Invalid request",
                        "The ranking sorts by one of " + NAMES + ".",
                        List.of(new FieldError("sort", "INVALID", "must be one of " + NAMES))));
    }
}
