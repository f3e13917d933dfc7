package io.yusuan.budget.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The publication events after a sequence, in order. */
@ApplicationScoped
public class ChangeQuery {

    private final EntityManager entityManager;

    public ChangeQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Change> after(long since, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                select e.sequence, e.event, d.region_code, d.code, b.fiscal_year, e.version, e.published_at
                from publication_event e
                join budget b on b.id = e.budget_id
                join department d on d.id = b.department_id
                where e.sequence > ?1
                order by e.sequence
                limit ?2""").setParameter(1, since).setParameter(2, limit).getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            changes.add(Change.of(((Number) row[0]).longValue(), ChangeEvent.valueOf((String) row[1]), (String) row[2],
                    (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), instant(row[6])));
        }
        return changes;
    }

    /** A timestamptz as the driver hands it to a native query (the JDBC type varies with the Hibernate setting). */
    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
