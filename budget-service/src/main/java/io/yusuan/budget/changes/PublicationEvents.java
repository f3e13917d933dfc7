package io.yusuan.budget.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Writes the 发布事件 of a publication, in the publishing transaction. */
@ApplicationScoped
public class PublicationEvents {

    private final EntityManager entityManager;

    public PublicationEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records that version {@code versionId}, already flushed as PUBLISHED, was published: PUBLISHED if it is the
     * budget's first version (based on none), ADJUSTED otherwise.
     */
    public void record(long versionId) {
        // Held until commit: publications take their sequence numbers one after the other, so a reader who sees
        // sequence n already sees every smaller one that will ever exist, and a feed read "since n" misses nothing.
        // Readers are not blocked (exclusive mode lets plain selects through).
        entityManager.createNativeQuery("lock table publication_event in exclusive mode").executeUpdate();
        entityManager.createNativeQuery("""
                insert into publication_event (budget_id, version_id, version, event, published_at)
                select budget_id, id, number, case when based_on is null then 'PUBLISHED' else 'ADJUSTED' end, published_at
                from budget_version where id = ?1 and status = 'PUBLISHED'""")
                .setParameter(1, versionId).executeUpdate();
    }
}
