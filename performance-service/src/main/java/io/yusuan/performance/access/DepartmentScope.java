package io.yusuan.performance.access;

import io.yusuan.http.access.OutOfScopeProblem;
import io.yusuan.http.access.TokenScope;

/**
 * The rule of every write: the token must act for the department the path names (its region, and the department among
 * its departments, or no departments for a finance bureau's token). The role is checked before, by
 * {@code @RolesAllowed}; this is the where, checked against the path, never against a code in the body.
 */
public final class DepartmentScope {

    private DepartmentScope() {
    }

    /**
     * Who the write is recorded as: the token's subject, once its scope covers the department.
     *
     * @throws OutOfScopeProblem 403 when the token acts for another region or department
     */
    public static String actor(TokenScope scope, String region, String department) {
        if (!scope.covers(region, department)) {
            throw new OutOfScopeProblem(scope, region, department);
        }
        return scope.subject();
    }
}
