package io.yusuan.systemtests;

import io.yusuan.localrun.JwtIssuer;
import io.yusuan.localrun.Service;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second Yusuan, for the fault tests only: PostgreSQL and the three packaged services, wired as local-run's
 * {@code LocalStack} wires them (the same environment variables, a JWT key of its own), but each service can be stopped
 * and started again on its port while the others keep running — which {@code LocalStack}, made for {@code ./run}, does
 * not offer. Kept apart from {@link LocalStackExtension}'s stack so that a service stopped here never fails another
 * test. Its logs are under {@code system-tests/target/yusuan-faults}.
 */
final class RestartableStack implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    /** The variable each service's REST client reads the URL of the service it calls from (see local-run's Service). */
    private static final Map<Service, Map<Service, String>> CALLS = Map.of(
            Service.CATALOG, Map.of(),
            Service.BUDGET, Map.of(Service.CATALOG, "QUARKUS_REST_CLIENT_CATALOG_URL",
                    Service.PERFORMANCE, "QUARKUS_REST_CLIENT_PERFORMANCE_URL"),
            Service.PERFORMANCE, Map.of(Service.BUDGET, "QUARKUS_REST_CLIENT_BUDGET_URL"));

    private final Path root = LocalStackExtension.projectRoot();
    private final Path work = root.resolve("system-tests/target/yusuan-faults");
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Process> running = new EnumMap<>(Service.class);
    private final Map<Service, Integer> starts = new EnumMap<>(Service.class);
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private EmbeddedPostgres postgres;
    private JwtIssuer jwt;

    /** Starts PostgreSQL (on an empty data directory), then each service after the one it calls. */
    void start() throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("logs"));
        Path data = work.resolve("pgdata");
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        jwt = JwtIssuer.loadOrCreate(work.resolve("jwt"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(true)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(work.resolve("logs/postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(work.resolve("logs/postgres.log").toFile()))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (Service service : Service.values()) {
                statement.execute("create database " + service.databaseName());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the services' databases", e);
        }
        for (Service service : Service.values()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                ports.put(service, socket.getLocalPort());
            }
        }
        for (Service service : Service.values()) {
            start(service);
        }
    }

    URI baseUrl(Service service) {
        return URI.create("http://localhost:" + ports.get(service));
    }

    JwtIssuer jwt() {
        return jwt;
    }

    Databases databases() {
        return new Databases(postgres.getPort());
    }

    /** Starts {@code service} (again) on its port, and waits until it is ready. */
    void start(Service service) throws IOException, InterruptedException {
        int start = starts.merge(service, 1, Integer::sum);
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", ports.get(service).toString());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/"
                + service.databaseName());
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        environment.put(JwtIssuer.PUBLIC_KEY_LOCATION_VARIABLE, jwt.publicKeyFile().toAbsolutePath().toString());
        CALLS.get(service).forEach((called, variable) -> environment.put(variable, baseUrl(called).toString()));
        Path log = work.resolve("logs/" + service.moduleName() + "-" + start + ".log");
        // as LocalStack starts them: the URI check left to problem-details, which answers it as problem+json
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dvertx.disableURIValidation=true", "-jar", service.jar(root).toString()))
                .directory(root.resolve(service.moduleName()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        running.put(service, process);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!ready(service)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited before it was ready; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " was not ready within " + READY_WITHIN + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** Stops {@code service} as an operator would (SIGTERM), and waits until it has ended. */
    void stop(Service service) throws InterruptedException {
        Process process = running.remove(service);
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private boolean ready(Service service) {
        try {
            return probe.send(HttpRequest.newBuilder(baseUrl(service).resolve("/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        for (Service service : List.of(Service.PERFORMANCE, Service.BUDGET, Service.CATALOG)) {
            stop(service);
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
