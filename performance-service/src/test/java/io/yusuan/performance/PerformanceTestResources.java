package io.yusuan.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.yusuan.testing.postgres.EmbeddedPostgresResource;
import io.yusuan.testing.stub.ServiceStubResource;

/**
 * Every @QuarkusTest of performance-service runs on one embedded PostgreSQL database, "performance",
 * with a WireMock stand-in for budget-service (tests script it through {@code @InjectServiceStub}), and verifies the
 * bearer tokens {@link TestTokens} signs.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "performance"))
@QuarkusTestResource(value = ServiceStubResource.class, initArgs = @ResourceArg(name = "client", value = "budget"))
@QuarkusTestResource(TestTokens.Verification.class)
public final class PerformanceTestResources {

    private PerformanceTestResources() {
    }
}
