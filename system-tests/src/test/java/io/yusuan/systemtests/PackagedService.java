package io.yusuan.systemtests;

import io.yusuan.localrun.JvmOptions;
import io.yusuan.localrun.JwtIssuer;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One process of a packaged service (its Quarkus fast-jar), started as local-run's {@code LocalStack} starts it: the
 * same environment variables (port, database, JWT public key, the URLs of the services it calls) and the same JVM
 * option. For the tests that need a service apart from {@link LocalStackExtension}'s stack: {@link RestartableStack}'s,
 * and a second budget-service beside the stack's own.
 */
final class PackagedService implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    /** The variable each service's REST client reads the URL of the service it calls from (see local-run's Service). */
    private static final Map<Service, Map<Service, String>> CALLS = Map.of(
            Service.CATALOG, Map.of(),
            Service.BUDGET, Map.of(Service.CATALOG, "QUARKUS_REST_CLIENT_CATALOG_URL",
                    Service.PERFORMANCE, "QUARKUS_REST_CLIENT_PERFORMANCE_URL"),
            Service.PERFORMANCE, Map.of(Service.BUDGET, "QUARKUS_REST_CLIENT_BUDGET_URL"));
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final Process process;
    private final URI baseUrl;

    private PackagedService(Service service, Process process, URI baseUrl) {
        this.service = service;
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts {@code service} on {@code port}, its log in {@code log}, and waits until it answers ready.
     *
     * @param postgresPort the embedded PostgreSQL holding the service's database
     * @param publicKey    the public half of the key the tests sign tokens with
     * @param calls        where each service it calls answers
     */
    static PackagedService start(Service service, int port, int postgresPort, Path publicKey, Function<Service, URI> calls,
            Path log) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(JvmOptions.ENVIRONMENT);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgresPort + "/"
                + service.databaseName());
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        environment.put(JwtIssuer.PUBLIC_KEY_LOCATION_VARIABLE, publicKey.toAbsolutePath().toString());
        CALLS.get(service).forEach((called, variable) -> environment.put(variable, calls.apply(called).toString()));
        Path root = LocalStackExtension.projectRoot();
        // as LocalStack starts them: with the same memory bounds and the URI check left to problem-details
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.of(service));
        command.addAll(List.of("-jar", service.jar(root).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.resolve(service.moduleName()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        PackagedService started = new PackagedService(service, builder.start(), URI.create("http://localhost:" + port));
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!started.ready()) {
            if (!started.process.isAlive()) {
                throw new IllegalStateException(service + " exited before it was ready; see " + log);
            }
            if (System.nanoTime() > deadline) {
                started.close();
                throw new IllegalStateException(service + " was not ready within " + READY_WITHIN + "; see " + log);
            }
            Thread.sleep(250);
        }
        return started;
    }

    URI baseUrl() {
        return baseUrl;
    }

    private boolean ready() {
        try {
            return PROBE.send(HttpRequest.newBuilder(baseUrl.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the service as an operator would (SIGTERM), and waits until it has ended. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public String toString() {
        return service + " on " + baseUrl;
    }
}
