package io.yusuan.localrun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a {@link LocalStack} needs to know. A port of 0 means "any free port", chosen at start; the
 * system tests use that so that they never collide with a running {@code ./run} or with each other.
 *
 * @param projectRoot    the repository root, where each service's module and its built jar are
 * @param dataDirectory  PostgreSQL's data directory; reusing one keeps the data of earlier runs
 * @param postgresPort   PostgreSQL's port, or 0
 * @param servicePorts   each service's HTTP port, or 0
 * @param logDirectory   where each process writes its log file
 * @param keyDirectory   where the JWT signing key pair is kept (created if absent, reused if present); every
 *                       service verifies tokens with its public half
 * @param startupTimeout how long one service may take to become ready
 */
public record StackSettings(
        Path projectRoot,
        Path dataDirectory,
        int postgresPort,
        Map<Service, Integer> servicePorts,
        Path logDirectory,
        Path keyDirectory,
        Duration startupTimeout) {

    /** Generous for three JVMs starting on a busy laptop; a healthy service is ready in seconds. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(120);

    public static final int DEFAULT_POSTGRES_PORT = 54329;
    public static final String POSTGRES_PORT_VARIABLE = "YUSUAN_PG_PORT";

    public StackSettings {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(logDirectory, "logDirectory");
        Objects.requireNonNull(keyDirectory, "keyDirectory");
        Objects.requireNonNull(servicePorts, "servicePorts");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        checkPort("PostgreSQL", postgresPort);
        for (Service service : Service.values()) {
            Integer port = servicePorts.get(service);
            if (port == null) {
                throw new IllegalArgumentException("No port given for " + service);
            }
            checkPort(service.moduleName(), port);
        }
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("The startup timeout must be positive, was " + startupTimeout);
        }
    }

    /**
     * The settings of {@code ./run}: state kept under the project's {@link RunDirectory}, the services on their
     * default ports, and PostgreSQL on {@value #DEFAULT_POSTGRES_PORT} — not 5432, so that an installed
     * PostgreSQL can keep running — unless {@value #POSTGRES_PORT_VARIABLE} says otherwise.
     *
     * @throws IllegalArgumentException if {@value #POSTGRES_PORT_VARIABLE} is not a port number
     */
    public static StackSettings forRun(Path projectRoot, Map<String, String> environment) {
        RunDirectory run = RunDirectory.of(projectRoot);
        return new StackSettings(projectRoot, run.dataDirectory(), postgresPort(environment), defaultServicePorts(),
                run.logDirectory(), run.keyDirectory(), DEFAULT_STARTUP_TIMEOUT);
    }

    /** Settings with free ports everywhere, for running beside anything else on the machine. */
    public static StackSettings onFreePorts(Path projectRoot, Path dataDirectory, Path logDirectory, Path keyDirectory) {
        return new StackSettings(projectRoot, dataDirectory, 0, everyService(service -> 0), logDirectory, keyDirectory,
                DEFAULT_STARTUP_TIMEOUT);
    }

    public int servicePort(Service service) {
        return servicePorts.get(service);
    }

    private static int postgresPort(Map<String, String> environment) {
        String value = environment.get(POSTGRES_PORT_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_POSTGRES_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            checkPort("PostgreSQL", port);
            return port;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    POSTGRES_PORT_VARIABLE + " must be a port number (0 for any free port), was '" + value + "'", e);
        }
    }

    private static Map<Service, Integer> defaultServicePorts() {
        return everyService(Service::defaultPort);
    }

    private static Map<Service, Integer> everyService(Function<Service, Integer> port) {
        return Arrays.stream(Service.values())
                .collect(Collectors.toMap(Function.identity(), port, (a, b) -> a, () -> new EnumMap<>(Service.class)));
    }

    private static void checkPort(String what, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a port for " + what + ": " + port);
        }
    }
}
