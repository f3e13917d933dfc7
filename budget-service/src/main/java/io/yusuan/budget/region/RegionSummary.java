package io.yusuan.budget.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Keeps the regions' sums (V8) in step with publications, in the publishing transaction: the roll-ups and the ranking
 * see a publication exactly when it is committed, and the publication event's exclusive lock makes publications
 * update the sums one after the other.
 */
@ApplicationScoped
public class RegionSummary {

    private final EntityManager entityManager;

    public RegionSummary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Counts version {@code versionId}, whose publication event is recorded, for its budget instead of the version
     * it adjusts: {@code region_rollup_publish} (V8). The migration summed the publications made before it at once.
     */
    public void published(long versionId) {
        entityManager.createNativeQuery("select count(*) from region_rollup_publish(?1)")
                .setParameter(1, versionId).getSingleResult();
    }
}
