package io.yusuan.budget.version;

import io.yusuan.budget.changes.PublicationEvents;
import io.yusuan.budget.history.BudgetHistory;
import io.yusuan.budget.history.HistoryAction;
import io.yusuan.budget.region.RegionSummary;
import io.yusuan.http.key.BudgetKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Moves a budget's open version through its lifecycle, and opens adjustments of published budgets. Each step is one
 * transaction that records who took it and when in the budget's history (变更记录). Who may take which step is the
 * resource's check ({@link BudgetAccess}); here every step is taken as {@code actor}.
 */
@ApplicationScoped
public class Lifecycle {

    private final VisibleVersions visible;
    private final BudgetRepository budgets;
    private final BudgetVersionRepository versions;
    private final AdjustmentCopier copier;
    private final PublicationEvents events;
    private final BudgetHistory history;
    private final RegionSummary regions;

    public Lifecycle(VisibleVersions visible, BudgetRepository budgets, BudgetVersionRepository versions,
            AdjustmentCopier copier, PublicationEvents events, BudgetHistory history, RegionSummary regions) {
        this.visible = visible;
        this.budgets = budgets;
        this.versions = versions;
        this.copier = copier;
        this.events = events;
        this.history = history;
        this.regions = regions;
    }

    /** 报送: DRAFT → SUBMITTED. */
    @Transactional
    public VersionView submit(BudgetKey key, String actor) {
        BudgetVersion open = open(key, "submit");
        OffsetDateTime now = OffsetDateTime.now();
        open.submit(now);
        return recorded(open, HistoryAction.SUBMITTED, actor, now, "submitted to the finance bureau");
    }

    /** 批复: SUBMITTED → APPROVED. */
    @Transactional
    public VersionView approve(BudgetKey key, ApprovalRequest approval, String actor) {
        approval.requireDateNear(key.year());
        BudgetVersion open = open(key, "approve");
        OffsetDateTime now = OffsetDateTime.now();
        open.approve(approval.approvalDate(), approval.approvedBy(), now);
        return recorded(open, HistoryAction.APPROVED, actor, now,
                "approved on " + approval.approvalDate() + " by " + approval.approvedBy());
    }

    /** 退回: SUBMITTED → DRAFT, for the department to correct what the reason names. */
    @Transactional
    public VersionView returnToDraft(BudgetKey key, ReturnRequest request, String actor) {
        BudgetVersion open = open(key, "return");
        OffsetDateTime now = OffsetDateTime.now();
        open.returnToDraft(now);
        return recorded(open, HistoryAction.RETURNED, actor, now, "returned: " + request.reason());
    }

    /** 公开: APPROVED → PUBLISHED. */
    @Transactional
    public VersionView publish(BudgetKey key, String actor) {
        BudgetVersion open = open(key, "publish");
        OffsetDateTime now = OffsetDateTime.now();
        open.publish(now);
        versions.flush();
        // in the same transaction: the change feed, the export and the region roll-ups see a publication exactly when it
        // is committed
        events.record(open.id());
        regions.published(open.id());
        return recorded(open, HistoryAction.PUBLISHED, actor, now,
                Boolean.TRUE.equals(open.publishedOnTime()) ? "published within 20 days of the approval"
                        : "published after the deadline of " + open.publicationDeadline());
    }

    /** 预算调整: a new draft, a copy of the latest published version. */
    @Transactional
    public VersionView adjust(BudgetKey key, String actor) {
        Budget budget = lock(key);
        versions.open(budget).ifPresent(open -> {
            throw new IllegalTransition("open an adjustment", open.status(),
                    "Version " + open.number() + " is still open; publish it first.");
        });
        BudgetVersion published = versions.latestPublished(budget).orElseThrow(() -> new IllegalTransition(
                "open an adjustment", VersionStatus.DRAFT, "Nothing is published yet to adjust."));
        OffsetDateTime now = OffsetDateTime.now();
        BudgetVersion draft = BudgetVersion.draft(budget, versions.nextNumber(budget), published.number(),
                new VersionContent(published.contentHash(), published.departmentName(), published.departmentShortName(),
                        published.regionName(), published.assets(), published.priorYear(), published.explanations(),
                        published.transferPayments(), published.profile()), now);
        versions.persist(draft);
        versions.flush();
        copier.copy(published.id(), draft.id());
        return recorded(draft, HistoryAction.ADJUSTMENT_OPENED, actor, now,
                "adjustment opened from version " + published.number());
    }

    private VersionView recorded(BudgetVersion version, HistoryAction action, String actor, OffsetDateTime now,
            String summary) {
        versions.flush();
        history.record(version, action, actor, now, summary);
        return VersionView.of(version);
    }

    private BudgetVersion open(BudgetKey key, String step) {
        Budget budget = lock(key);
        return versions.open(budget).orElseThrow(() -> new IllegalTransition(step, VersionStatus.PUBLISHED,
                "There is no open version; open an adjustment (POST .../adjustments) to change a published budget."));
    }

    private Budget lock(BudgetKey key) {
        Budget budget = visible.budget(key);
        budgets.getEntityManager().lock(budget, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return budget;
    }
}
