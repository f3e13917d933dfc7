package io.yusuan.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.yusuan.testing.postgres.EmbeddedPostgresResource;

/** Every @QuarkusTest of catalog-service runs on one embedded PostgreSQL database, "catalog". */
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "catalog"))
public final class CatalogTestDatabase {

    private CatalogTestDatabase() {
    }
}
