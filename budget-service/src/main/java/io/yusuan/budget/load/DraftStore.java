package io.yusuan.budget.load;

import io.yusuan.budget.catalog.CatalogRegion;
import io.yusuan.budget.department.Department;
import io.yusuan.budget.department.DepartmentRepository;
import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.history.BudgetHistory;
import io.yusuan.budget.history.HistoryAction;
import io.yusuan.budget.version.Budget;
import io.yusuan.budget.version.BudgetRepository;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.BudgetVersionRepository;
import io.yusuan.budget.version.IllegalTransition;
import io.yusuan.budget.version.VersionContent;
import io.yusuan.budget.version.VersionStatus;
import io.yusuan.budget.version.VersionTotals;
import io.yusuan.budget.version.VersionTotalsQuery;
import io.yusuan.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/** Stores a checked package as the draft of its budget, with its history entry, in one transaction. */
@ApplicationScoped
public class DraftStore {

    private final DepartmentRepository departments;
    private final BudgetRepository budgets;
    private final BudgetVersionRepository versions;
    private final VersionTotalsQuery totals;
    private final DataSource dataSource;
    private final BudgetHistory history;

    public DraftStore(DepartmentRepository departments, BudgetRepository budgets, BudgetVersionRepository versions,
            VersionTotalsQuery totals, DataSource dataSource, BudgetHistory history) {
        this.departments = departments;
        this.budgets = budgets;
        this.versions = versions;
        this.totals = totals;
        this.dataSource = dataSource;
        this.history = history;
    }

    /**
     * @param ifMatch the ETag the client last saw of the draft, or null
     * @param actor who writes it, for the history; a load that changes nothing is not recorded
     * @throws IllegalTransition when the open version is not a draft, or only published versions exist
     */
    @Transactional
    public DraftSummary replace(BudgetPackage budget, CatalogRegion region, VersionContent content, List<Finding> findings,
            CodeNames names, String ifMatch, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        departments.keepRegion(budget.region().code(), region);
        Department department = departments.findOrCreate(budget.region().code(), region.displayName(),
                budget.department().code(), budget.department().name());
        Budget year = budgets.lockOrCreate(department, budget.fiscalYear());
        BudgetVersion draft = versions.open(year).orElse(null);
        boolean created = draft == null;
        if (created) {
            if (versions.latestPublished(year).isPresent()) {
                throw new IllegalTransition("replace the draft", VersionStatus.PUBLISHED,
                        "Open an adjustment (POST .../adjustments) to change a published budget.");
            }
            draft = BudgetVersion.draft(year, 1, null, content, now);
            versions.persist(draft);
        }
        if (draft.status() != VersionStatus.DRAFT) {
            throw new IllegalTransition("replace the draft", draft.status(),
                    "Only a DRAFT is edited; version " + draft.number() + " is on its way to publication.");
        }
        if (ifMatch != null && !ifMatchAccepts(ifMatch, draft.tag())) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "The draft changed since you read it (it is now " + draft.tag() + "); read it again and retry.");
        }
        boolean changed = created || !content.hash().equals(draft.contentHash());
        if (changed) {
            if (!created) {
                draft.replaceContent(content, now);
            }
            versions.flush();
            try (Connection connection = dataSource.getConnection()) {
                new PackageWriter(connection, draft.id()).replace(budget, findings, created);
                PackageWriter.names(connection, budget.fiscalYear(), names);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store the draft", e);
            }
        }
        VersionTotals stored = totals.of(draft.id());
        if (changed) {
            history.record(draft, HistoryAction.DRAFT_WRITTEN, actor, now, "draft written: "
                    + count(budget.units().size(), "unit") + ", " + count(stored.lines(), "line") + ", expenditure "
                    + stored.expenditure().toPlainString() + " yuan");
        }
        return new DraftSummary(budget.region().code(), budget.department().code(), budget.fiscalYear(), draft.number(),
                draft.status(), draft.revision(), changed, stored, findings);
    }

    /** {@code 1 unit}, {@code 3 units}. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static boolean ifMatchAccepts(String ifMatch, String tag) {
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.strip().replace("W/", "").replace("\"", "");
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
