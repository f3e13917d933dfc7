package io.yusuan.testing.stub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock stand-in, on a free port, for the service behind one REST client, for a service's own
 * tests (the real services meet in system-tests). Name the client's config key in the init arg
 * {@code client}; tests get the server through a field marked {@link InjectServiceStub}.
 */
public class ServiceStubResource implements QuarkusTestResourceLifecycleManager {

    private String client;
    private WireMockServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.get("client");
        if (client == null) {
            throw new IllegalArgumentException("Name the REST client's config key in the init arg 'client'");
        }
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client." + client + ".url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectServiceStub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
