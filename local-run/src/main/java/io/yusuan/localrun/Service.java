package io.yusuan.localrun;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The three Yusuan services, declared in dependency order: each one depends only on those before it,
 * so starting them in this order means a service's dependency is up before the service itself. The one
 * call against that order is optional ({@link #optionalCalls()}): budget-service reads tables 12 and 13
 * from performance-service for its disclosure document, only when the document is read, and prints the
 * document without them when performance-service is not there.
 */
public enum Service {
    CATALOG("catalog-service", "catalog", 8081, null, null),
    BUDGET("budget-service", "budget", 8082, CATALOG, "QUARKUS_REST_CLIENT_CATALOG_URL"),
    PERFORMANCE("performance-service", "performance", 8083, BUDGET, "QUARKUS_REST_CLIENT_BUDGET_URL");

    private final String moduleName;
    private final String databaseName;
    private final int defaultPort;
    private final Service dependency;
    private final String dependencyUrlVariable;

    Service(String moduleName, String databaseName, int defaultPort, Service dependency, String dependencyUrlVariable) {
        this.moduleName = moduleName;
        this.databaseName = databaseName;
        this.defaultPort = defaultPort;
        this.dependency = dependency;
        this.dependencyUrlVariable = dependencyUrlVariable;
    }

    /** The Maven module, which is also the service's name in logs, health checks and OpenAPI titles. */
    public String moduleName() {
        return moduleName;
    }

    /** The service's own database; services never share one. */
    public String databaseName() {
        return databaseName;
    }

    /** The port the service listens on when run with {@code ./run}. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The service this one calls over HTTP, if any. */
    public Optional<Service> dependency() {
        return Optional.ofNullable(dependency);
    }

    /** The environment variable that sets the base URL of {@link #dependency()}'s REST client. */
    String dependencyUrlVariable() {
        return dependencyUrlVariable;
    }

    /**
     * The services this one may call without depending on them, each with the environment variable that sets its
     * REST client's base URL: a service started later, called only once a request needs it.
     */
    public Map<Service, String> optionalCalls() {
        return this == BUDGET ? Map.of(PERFORMANCE, "QUARKUS_REST_CLIENT_PERFORMANCE_URL") : Map.of();
    }

    /** The Quarkus fast-jar {@code mvn package} builds for this service. */
    public Path jar(Path projectRoot) {
        return moduleDirectory(projectRoot).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path moduleDirectory(Path projectRoot) {
        return projectRoot.resolve(moduleName);
    }

    @Override
    public String toString() {
        return moduleName;
    }
}
