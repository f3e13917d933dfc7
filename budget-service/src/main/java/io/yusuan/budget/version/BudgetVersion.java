package io.yusuan.budget.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a budget. It guards its own lifecycle: each step checks the current status and
 * throws {@link IllegalTransition} otherwise; a published version never changes again.
 */
@Entity
@Table(name = "budget_version")
public class BudgetVersion {

    /** 《预算法》: a department discloses within 20 days of the approval (批复). */
    public static final int DAYS_TO_PUBLISH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id")
    Budget budget;

    int number;

    @Enumerated(EnumType.STRING)
    VersionStatus status;

    int revision;

    @Column(name = "content_hash")
    String contentHash;

    @Column(name = "based_on")
    Integer basedOn;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    OffsetDateTime submittedAt;

    @Column(name = "approval_date")
    LocalDate approvalDate;

    @Column(name = "approved_by")
    String approvedBy;

    @Column(name = "approved_at")
    OffsetDateTime approvedAt;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "department_name")
    String departmentName;

    @Column(name = "department_short_name")
    String departmentShortName;

    @Column(name = "region_name")
    String regionName;

    @JdbcTypeCode(SqlTypes.JSON)
    String assets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prior_year")
    String priorYear;

    @JdbcTypeCode(SqlTypes.JSON)
    String explanations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "transfer_payments")
    String transferPayments;

    /** 部门概况: the package's profile block as JSON text, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    String profile;

    protected BudgetVersion() {
    }

    /** A new draft of {@code budget} holding {@code content}, opened from version {@code basedOn} if any. */
    public static BudgetVersion draft(Budget budget, int number, Integer basedOn, VersionContent content,
            OffsetDateTime now) {
        BudgetVersion version = new BudgetVersion();
        version.budget = budget;
        version.number = number;
        version.basedOn = basedOn;
        version.status = VersionStatus.DRAFT;
        version.createdAt = now;
        version.revision = 0;
        version.replaceContent(content, now);
        return version;
    }

    /** Replaces the draft's content: only a draft can be edited. */
    public void replaceContent(VersionContent content, OffsetDateTime now) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalTransition("replace the draft", status,
                    "Only a DRAFT is edited; a published budget changes by an adjustment (POST .../adjustments).");
        }
        contentHash = content.hash();
        departmentName = content.departmentName();
        departmentShortName = content.departmentShortName();
        regionName = content.regionName();
        assets = content.assets();
        priorYear = content.priorYear();
        explanations = content.explanations();
        transferPayments = content.transferPayments();
        profile = content.profile();
        revision++;
        updatedAt = now;
    }

    public void submit(OffsetDateTime now) {
        require(VersionStatus.DRAFT, "submit", "Only a DRAFT is submitted.");
        status = VersionStatus.SUBMITTED;
        submittedAt = now;
        touch(now);
    }

    public void approve(LocalDate date, String by, OffsetDateTime now) {
        require(VersionStatus.SUBMITTED, "approve", "Only a SUBMITTED version is approved.");
        status = VersionStatus.APPROVED;
        approvalDate = date;
        approvedBy = by;
        approvedAt = now;
        touch(now);
    }

    /** 退回: the finance bureau sends a submitted version back to the department, which edits it again. */
    public void returnToDraft(OffsetDateTime now) {
        require(VersionStatus.SUBMITTED, "return", "Only a SUBMITTED version is returned.");
        status = VersionStatus.DRAFT;
        submittedAt = null;
        touch(now);
    }

    public void publish(OffsetDateTime now) {
        require(VersionStatus.APPROVED, "publish", "Only an APPROVED version is published.");
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
        touch(now);
    }

    private void require(VersionStatus expected, String step, String detail) {
        if (status != expected) {
            throw new IllegalTransition(step, status, detail);
        }
    }

    private void touch(OffsetDateTime now) {
        revision++;
        updatedAt = now;
    }

    /** The last day the law allows for publication, once approved. */
    public LocalDate publicationDeadline() {
        return approvalDate == null ? null : approvalDate.plusDays(DAYS_TO_PUBLISH);
    }

    /** Whether it was published by the deadline; null until published. */
    public Boolean publishedOnTime() {
        return publishedOnTime(approvalDate, publishedAt);
    }

    /** The 20-day rule (公开时限) on an approval date and a publication instant; null if either is missing. */
    public static Boolean publishedOnTime(LocalDate approvalDate, OffsetDateTime publishedAt) {
        if (publishedAt == null || approvalDate == null) {
            return null;
        }
        return !publishedAt.toLocalDate().isAfter(approvalDate.plusDays(DAYS_TO_PUBLISH));
    }

    public Long id() {
        return id;
    }

    public Budget budget() {
        return budget;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public String contentHash() {
        return contentHash;
    }

    public Integer basedOn() {
        return basedOn;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public LocalDate approvalDate() {
        return approvalDate;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public String departmentName() {
        return departmentName;
    }

    public String departmentShortName() {
        return departmentShortName;
    }

    public String regionName() {
        return regionName;
    }

    public String assets() {
        return assets;
    }

    public String priorYear() {
        return priorYear;
    }

    public String explanations() {
        return explanations;
    }

    public String transferPayments() {
        return transferPayments;
    }

    public String profile() {
        return profile;
    }

    /** The version's ETag value: changes with every change of the version. */
    public String tag() {
        return "v" + number + "r" + revision;
    }
}
