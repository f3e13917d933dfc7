package io.yusuan.systemtests;

import io.yusuan.localrun.JwtIssuer;
import io.yusuan.localrun.Service;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A second Yusuan, for the fault tests only: PostgreSQL and the three packaged services, wired as local-run's
 * {@code LocalStack} wires them (the same environment variables, a JWT key of its own), but each service can be stopped
 * and started again on its port while the others keep running — which {@code LocalStack}, made for {@code ./run}, does
 * not offer. Kept apart from {@link LocalStackExtension}'s stack so that a service stopped here never fails another
 * test. Its logs are under {@code system-tests/target/yusuan-faults}.
 */
final class RestartableStack implements AutoCloseable {

    private final Path root = LocalStackExtension.projectRoot();
    private final Path work = root.resolve("system-tests/target/yusuan-faults");
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, PackagedService> running = new EnumMap<>(Service.class);
    private final Map<Service, Integer> starts = new EnumMap<>(Service.class);
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
        running.put(service, PackagedService.start(service, ports.get(service), postgres.getPort(), jwt.publicKeyFile(),
                this::baseUrl, work.resolve("logs/" + service.moduleName() + "-" + start + ".log")));
    }

    /** Stops {@code service} as an operator would (SIGTERM), and waits until it has ended. */
    void stop(Service service) throws InterruptedException {
        PackagedService process = running.remove(service);
        if (process != null) {
            process.close();
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
