package io.yusuan.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.yusuan.testing.postgres.EmbeddedPostgresResource;

/** Every @QuarkusTest of performance-service runs on one embedded PostgreSQL database, "performance". */
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "performance"))
public final class PerformanceTestDatabase {

    private PerformanceTestDatabase() {
    }
}
