package io.yusuan.performance.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry of the change feed and of a department's history: a target written, or actuals recorded against it, by whom
 * and when (table target_event).
 */
@Entity
@Table(name = "target_event")
public class TargetEvent {

    /** What happened to the target. */
    @Schema(name = "TargetEventKind", description = "PUBLISHED (the target's first write), ADJUSTED (a later write) or "
            + "ACTUALS (actuals recorded against it).")
    public enum Kind {
        /** The target's first write (绩效目标 set). */
        PUBLISHED,
        /** A later write: the target was rewritten (调整). */
        ADJUSTED,
        /** Actuals (绩效监控 or 绩效自评) were recorded against it. */
        ACTUALS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long sequence;

    @Enumerated(EnumType.STRING)
    Kind event;

    @Column(name = "target_id")
    Long targetId;

    int revision;

    @Column(name = "actual_report_id")
    Long actualReportId;

    @Column(name = "occurred_at")
    OffsetDateTime occurredAt;

    /** The subject of the token that made the change; null for changes made before writers were recorded. */
    String actor;

    /** What the change did, in a sentence ({@link ChangeSummary}). */
    String summary;

    protected TargetEvent() {
    }

    TargetEvent(Kind event, PerformanceTarget target, Long actualReportId, Stamp stamp) {
        this.event = event;
        this.targetId = target.id();
        this.revision = target.revision();
        this.actualReportId = actualReportId;
        this.occurredAt = stamp.at();
        this.actor = stamp.actor();
        this.summary = stamp.summary();
    }

    /** Who made a change, when, and what it did. */
    public record Stamp(String actor, OffsetDateTime at, String summary) {
    }

    public long sequence() {
        return sequence;
    }

    public Kind event() {
        return event;
    }

    public int revision() {
        return revision;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String summary() {
        return summary;
    }
}
