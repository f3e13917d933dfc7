package io.yusuan.budget.version;

import io.quarkus.security.identity.SecurityIdentity;
import io.yusuan.http.access.OutOfScopeProblem;
import io.yusuan.http.access.TokenScope;

/**
 * Who may do what to a department's budget. A department's editors write and submit (编报) the drafts of the
 * departments their token covers; the finance bureau of a region approves (批复), returns and publishes, for every
 * department of its region. Both read the drafts they act for; anyone else reads what the public reads, so another
 * department's draft is as absent to them as to the public. The role is checked by {@code @RolesAllowed}; this is the
 * scope, in plain Java so that the rule is tested without a server.
 *
 * @param editor whether the token carries {@link Roles#EDITOR}
 * @param approver whether the token carries {@link Roles#APPROVER}
 * @param scope what the token acts for
 */
public record BudgetAccess(boolean editor, boolean approver, TokenScope scope) {

    /** The 403 of an editor's write, as the OpenAPI document describes it. */
    public static final String EDITOR_ONLY = "The token lacks the budget-editor role, or does not act for the department "
            + "(type …/out-of-scope).";
    /** The 403 of a finance bureau's step, as the OpenAPI document describes it. */
    public static final String APPROVER_ONLY = "The token lacks the budget-approver role, or is not the finance bureau "
            + "of the region: it names another region, or departments (type …/out-of-scope).";

    public static BudgetAccess of(SecurityIdentity identity) {
        boolean anonymous = identity == null || identity.isAnonymous();
        return new BudgetAccess(!anonymous && identity.hasRole(Roles.EDITOR),
                !anonymous && identity.hasRole(Roles.APPROVER), TokenScope.of(identity));
    }

    /** Who a write is recorded as: the token's subject (a token without one is still recorded, as unnamed). */
    public String actor() {
        return scope.subject() == null ? "(unnamed)" : scope.subject();
    }

    /** Whether the reader sees the department's versions not yet published. */
    public boolean readsDrafts(String region, String department) {
        return (editor || approver) && scope.covers(region, department);
    }

    /** @throws OutOfScopeProblem unless the token acts for the department: an editor writes its own drafts only */
    public void requireDepartment(String region, String department) {
        if (!scope.covers(region, department)) {
            throw new OutOfScopeProblem(scope, region, department);
        }
    }

    /** @throws OutOfScopeProblem unless the token is the region's finance bureau's: it approves for the whole region */
    public void requireRegion(String region) {
        if (!scope.coversRegion(region)) {
            throw new OutOfScopeProblem(scope, region, null);
        }
    }
}
