package io.yusuan.budget.version;

import io.yusuan.budget.changes.PublicationEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Moves a budget's open version through its lifecycle, and opens adjustments of published budgets. */
@ApplicationScoped
public class Lifecycle {

    private final VisibleVersions visible;
    private final BudgetRepository budgets;
    private final BudgetVersionRepository versions;
    private final AdjustmentCopier copier;
    private final PublicationEvents events;

    public Lifecycle(VisibleVersions visible, BudgetRepository budgets, BudgetVersionRepository versions,
            AdjustmentCopier copier, PublicationEvents events) {
        this.visible = visible;
        this.budgets = budgets;
        this.versions = versions;
        this.copier = copier;
        this.events = events;
    }

    @Transactional
    public VersionView submit(String region, String department, int year) {
        BudgetVersion open = open(region, department, year, "submit");
        open.submit(OffsetDateTime.now());
        return VersionView.of(open);
    }

    @Transactional
    public VersionView approve(String region, String department, int year, LocalDate date, String by) {
        BudgetVersion open = open(region, department, year, "approve");
        open.approve(date, by, OffsetDateTime.now());
        return VersionView.of(open);
    }

    @Transactional
    public VersionView publish(String region, String department, int year) {
        BudgetVersion open = open(region, department, year, "publish");
        open.publish(OffsetDateTime.now());
        versions.flush();
        // in the same transaction: the change feed and the export see a publication exactly when it is committed
        events.record(open.id());
        return VersionView.of(open);
    }

    /** 预算调整: a new draft, a copy of the latest published version. */
    @Transactional
    public VersionView adjust(String region, String department, int year) {
        Budget budget = lock(region, department, year);
        versions.open(budget).ifPresent(open -> {
            throw new IllegalTransition("open an adjustment", open.status(),
                    "Version " + open.number() + " is still open; publish it first.");
        });
        BudgetVersion published = versions.latestPublished(budget).orElseThrow(() -> new IllegalTransition(
                "open an adjustment", VersionStatus.DRAFT, "Nothing is published yet to adjust."));
        BudgetVersion draft = BudgetVersion.draft(budget, versions.nextNumber(budget), published.number(),
                new VersionContent(published.contentHash(), published.departmentName(), published.departmentShortName(),
                        published.regionName(), published.assets(), published.priorYear(), published.explanations(),
                        published.transferPayments(), published.profile()), OffsetDateTime.now());
        versions.persist(draft);
        versions.flush();
        copier.copy(published.id(), draft.id());
        return VersionView.of(draft);
    }

    private BudgetVersion open(String region, String department, int year, String step) {
        Budget budget = lock(region, department, year);
        return versions.open(budget).orElseThrow(() -> new IllegalTransition(step, VersionStatus.PUBLISHED,
                "There is no open version; open an adjustment (POST .../adjustments) to change a published budget."));
    }

    private Budget lock(String region, String department, int year) {
        Budget budget = visible.budget(region, department, year);
        budgets.getEntityManager().lock(budget, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return budget;
    }
}
