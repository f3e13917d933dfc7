package io.yusuan.performance.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.yusuan.http.access.TokenScope;
import io.yusuan.http.key.BudgetKey;
import jakarta.enterprise.context.ApplicationScoped;

/** The request's writer: its token's subject, once {@link DepartmentScope} lets it write the department. */
@ApplicationScoped
public class Writer {

    private final SecurityIdentity identity;

    public Writer(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The subject to record the write as; 403 when the token does not act for the key's department. Called before
     * anything is read or asked of budget-service, so a write out of scope costs nothing.
     */
    public String of(BudgetKey key) {
        return DepartmentScope.actor(TokenScope.of(identity), key.region(), key.department());
    }
}
