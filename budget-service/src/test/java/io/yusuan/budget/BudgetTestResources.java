package io.yusuan.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.yusuan.testing.postgres.EmbeddedPostgresResource;
import io.yusuan.testing.stub.ServiceStubResource;

/**
 * Every @QuarkusTest of budget-service runs on one embedded PostgreSQL database, "budget", with a
 * WireMock stand-in for catalog-service (tests script it through {@code @InjectServiceStub}) and one for
 * performance-service, which the disclosure document optionally reads tables 12 and 13 from (through
 * {@code @InjectServiceStub("performance")}; unscripted, it answers 404: no targets).
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "budget"))
@QuarkusTestResource(value = ServiceStubResource.class, initArgs = @ResourceArg(name = "client", value = "catalog"))
@QuarkusTestResource(value = ServiceStubResource.class, initArgs = {
        @ResourceArg(name = "client", value = "performance"), @ResourceArg(name = "only-when-named", value = "true")})
public final class BudgetTestResources {

    private BudgetTestResources() {
    }
}
