package io.yusuan.budget.version;

/** The roles a budget-service token can carry; what each may touch is {@link BudgetAccess}'s rule. */
public final class Roles {

    /** A department's budget editors (编报): write and submit the drafts of the departments their token covers. */
    public static final String EDITOR = "budget-editor";

    /**
     * A region's finance bureau (财政局): approves (批复) or returns the versions submitted to it, and publishes what it
     * approved. Its token names the region and no department.
     */
    public static final String APPROVER = "budget-approver";

    private Roles() {
    }
}
