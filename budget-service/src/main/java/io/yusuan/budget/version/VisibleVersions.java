package io.yusuan.budget.version;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which versions a reader may see: the public reads published versions only; a department's
 * editors read its drafts too.
 */
@ApplicationScoped
public class VisibleVersions {

    private final BudgetRepository budgets;
    private final BudgetVersionRepository versions;
    private final SecurityIdentity identity;

    public VisibleVersions(BudgetRepository budgets, BudgetVersionRepository versions, SecurityIdentity identity) {
        this.budgets = budgets;
        this.versions = versions;
        this.identity = identity;
    }

    /** Whether the request's reader is an editor, who sees drafts too. */
    private boolean editor() {
        return identity.hasRole(Roles.EDITOR);
    }

    public Budget budget(String region, String department, int year) {
        return budgets.find(region, department, year)
                .orElseThrow(() -> new BudgetNotFound(region, department, year, "is loaded"));
    }

    /** Every version the reader may see, oldest first. */
    public List<BudgetVersion> all(Budget budget) {
        boolean editor = editor();
        return versions.versions(budget).stream()
                .filter(version -> editor || version.status() == VersionStatus.PUBLISHED).toList();
    }

    /**
     * The version asked for, or by default the open draft (for editors) or the latest published one.
     *
     * @param number the version asked for, or null
     */
    public BudgetVersion select(String region, String department, int year, Integer number) {
        boolean editor = editor();
        Budget budget = budget(region, department, year);
        if (number != null) {
            return versions.byNumber(budget, number)
                    .filter(version -> editor || version.status() == VersionStatus.PUBLISHED)
                    .orElseThrow(() -> new BudgetNotFound(region, department, year,
                            "has no " + (editor ? "" : "published ") + "version " + number));
        }
        if (editor) {
            var open = versions.open(budget);
            if (open.isPresent()) {
                return open.get();
            }
        }
        return versions.latestPublished(budget)
                .orElseThrow(() -> new BudgetNotFound(region, department, year, "is published yet"));
    }
}
