package io.yusuan.bench;

import io.yusuan.generator.Publisher;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import io.yusuan.localrun.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Yusuan started for a benchmark the way {@code ./run} starts it: the packaged services as processes on an
 * embedded PostgreSQL. LocalStack starts all three services; a benchmark calls the ones it measures, the others idle.
 *
 * <p>Every port is a free one, so a benchmark runs beside a {@code ./run}. The database starts empty each run,
 * so that every run measures the shipped lists just as the migrations load them; it and the logs are under
 * {@code bench/target/bench-run}. PostgreSQL's port is chosen here rather than by LocalStack, so that a benchmark can
 * also reach a service's database directly (the export benchmark fills it and times {@code COPY} on it).
 */
final class BenchStack implements AutoCloseable {

    /** The superuser zonky's initdb creates, as local-run's EmbeddedDatabase uses it; local connections are trusted. */
    private static final String DATABASE_USER = "postgres";

    private final Path root;
    private final LocalStack services;
    private final int postgresPort;

    private BenchStack(Path root, LocalStack services, int postgresPort) {
        this.root = root;
        this.services = services;
        this.postgresPort = postgresPort;
    }

    static BenchStack start(Path root) {
        Path work = root.resolve("bench/target/bench-run");
        Path data = work.resolve("pgdata");
        deleteRecursively(data);
        Map<Service, Integer> anyPort = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            anyPort.put(service, 0);
        }
        int postgresPort = freePort();
        LocalStack stack = new LocalStack(new StackSettings(root, data, postgresPort, anyPort, work.resolve("logs"),
                work.resolve("jwt"), StackSettings.DEFAULT_STARTUP_TIMEOUT), line -> System.out.println("[yusuan] " + line));
        // Ctrl-C during a run must not leave PostgreSQL and three JVMs behind; close() is idempotent.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-stop"));
        stack.start();
        return new BenchStack(root, stack, postgresPort);
    }

    LocalStack services() {
        return services;
    }

    /** Tokens for a {@link Publisher}, each of the role and scope it asks, signed by the key the services trust. */
    Publisher.Tokens publisherTokens(Duration validity) {
        return (role, region, departments) -> services.jwt().scopedToken("bench", validity, region, departments, role);
    }

    /** A connection to the service's own database, as the service's Flyway left it. */
    Connection database(Service service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/" + service.databaseName(),
                DATABASE_USER, DATABASE_USER);
    }

    /** PostgreSQL's port on localhost, for a client other than JDBC (psql). */
    int databasePort() {
        return postgresPort;
    }

    /** The process of the service's JVM: a child of this one, started with the service's jar. */
    ProcessHandle process(Service service) {
        String jar = service.jar(root).toString();
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No running process of " + jar));
    }

    @Override
    public void close() {
        services.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for PostgreSQL", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
        }
    }
}
