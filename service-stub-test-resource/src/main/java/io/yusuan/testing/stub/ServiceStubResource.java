package io.yusuan.testing.stub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock stand-in, on a free port, for the service behind one REST client, for a service's own
 * tests (the real services meet in system-tests). Name the client's config key in the init arg
 * {@code client}; tests get the server through a field marked {@link InjectServiceStub}. A service with a
 * second, optional dependency (budget-service's call to performance-service) starts a second resource for it
 * with the init arg {@code only-when-named=true}: its stub goes only into fields that name its client
 * ({@code @InjectServiceStub("performance")}), the unnamed ones keep the main dependency's.
 */
public class ServiceStubResource implements QuarkusTestResourceLifecycleManager {

    private String client;
    private boolean onlyWhenNamed;
    private WireMockServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.get("client");
        if (client == null) {
            throw new IllegalArgumentException("Name the REST client's config key in the init arg 'client'");
        }
        onlyWhenNamed = Boolean.parseBoolean(initArgs.get("only-when-named"));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client." + client + ".url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, field -> {
            InjectServiceStub stub = field.getAnnotation(InjectServiceStub.class);
            return stub != null && field.getType().isAssignableFrom(WireMockServer.class)
                    && (stub.value().isEmpty() ? !onlyWhenNamed : stub.value().equals(client));
        });
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
