package io.yusuan.performance.target;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The change feed's events: appended by every write, read in sequence order. */
@ApplicationScoped
public class TargetEventRepository implements PanacheRepository<TargetEvent> {

    /** Any number, as long as every writer of target_event takes the same one. */
    private static final long APPEND_LOCK = 0x7461726765744576L;

    /** An event and the target it is about. */
    public record Entry(TargetEvent event, PerformanceTarget target) {
    }

    /**
     * Appends an event in the caller's transaction. The advisory lock, held until commit, makes events commit in the
     * order of their sequence numbers: without it a reader that has seen sequence 6 could miss a 5 committed after it.
     */
    void append(TargetEvent.Kind kind, PerformanceTarget target, Long actualReportId, TargetEvent.Stamp stamp) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK)
                .getSingleResult();
        persist(new TargetEvent(kind, target, actualReportId, stamp));
    }

    /** Actuals recorded against a stored target. */
    public void actualsRecorded(PerformanceTarget target, long actualReportId, TargetEvent.Stamp stamp) {
        append(TargetEvent.Kind.ACTUALS, target, actualReportId, stamp);
    }

    /** The events after {@code since}, in sequence order, at most {@code limit}. */
    public List<Entry> after(long since, int limit) {
        return getEntityManager().createQuery("select e, t from TargetEvent e, PerformanceTarget t "
                        + "where t.id = e.targetId and e.sequence > :since order by e.sequence", Object[].class)
                .setParameter("since", since).setMaxResults(limit).getResultStream()
                .map(row -> new Entry((TargetEvent) row[0], (PerformanceTarget) row[1])).toList();
    }

    /** Every event of a department's targets of a year, oldest first: its history. */
    public List<Entry> of(String region, String department, int year) {
        return getEntityManager().createQuery("select e, t from TargetEvent e, PerformanceTarget t "
                        + "where t.id = e.targetId and t.regionCode = :region and t.departmentCode = :department "
                        + "and t.fiscalYear = :year order by e.sequence", Object[].class)
                .setParameter("region", region).setParameter("department", department).setParameter("year", year)
                .getResultStream().map(row -> new Entry((TargetEvent) row[0], (PerformanceTarget) row[1])).toList();
    }
}
