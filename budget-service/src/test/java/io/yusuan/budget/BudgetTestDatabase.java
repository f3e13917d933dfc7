package io.yusuan.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.yusuan.testing.postgres.EmbeddedPostgresResource;

/** Every @QuarkusTest of budget-service runs on one embedded PostgreSQL database, "budget". */
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "budget"))
public final class BudgetTestDatabase {

    private BudgetTestDatabase() {
    }
}
