package io.yusuan.catalog.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The catalogue's version: bumped by every load, so that every read's ETag changes with it. */
@ApplicationScoped
public class CatalogVersion {

    private final EntityManager entityManager;

    public CatalogVersion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long current() {
        return ((Number) entityManager.createNativeQuery("select version from catalog_state").getSingleResult())
                .longValue();
    }
}
