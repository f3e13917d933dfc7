package io.yusuan.budget.version;

/** The roles a budget-service token can carry. */
public final class Roles {

    /** A department's budget editors: load drafts, move them through the lifecycle, and read them. */
    public static final String EDITOR = "budget-editor";

    private Roles() {
    }
}
