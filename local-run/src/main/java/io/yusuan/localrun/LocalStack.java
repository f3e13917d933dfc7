package io.yusuan.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole of Yusuan on one machine: an embedded PostgreSQL with a database per service, and the three
 * packaged services as separate processes calling each other over HTTP — production's shape without
 * Docker. {@code ./run} uses it, and so do the system tests, so both exercise the same wiring.
 *
 * <p>The log directory belongs to one stack at a time: a start stops the processes whose pid files it finds there,
 * left running by a stack whose launcher was killed ({@link ChildPids}).
 *
 * <p>{@link #start()} returns once every service answers ready; {@link #close()} stops everything
 * started so far, newest first, and may be called from another thread (a shutdown hook) at any time,
 * even while {@code start()} is still waiting.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final Consumer<String> progress;
    private final ReadinessProbe probe = new ReadinessProbe();
    /** Each child's pid file, beside its log: a start first stops what a killed launcher left running. */
    private final ChildPids children;

    /** What is running, newest first. Guarded by {@code this}, as are the two flags. */
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private boolean started;
    private boolean closed;

    /** Set once every port is known, before the first service starts. */
    private volatile Map<Service, URI> baseUrls;
    /** Set before PostgreSQL starts: every service is given its public key. */
    private volatile JwtIssuer jwt;

    /**
     * @param progress receives one line per step (what starts where, its log file, what is ready)
     */
    public LocalStack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        this.children = new ChildPids(settings.logDirectory(), progress);
    }

    /**
     * Starts PostgreSQL, creates the services' databases if absent, then starts each service after the
     * one it depends on is ready. On failure, stops whatever it started.
     *
     * @throws StartupException naming what failed and quoting its log
     */
    public void start() {
        synchronized (this) {
            if (started || closed) {
                throw new IllegalStateException("A LocalStack starts once");
            }
            started = true;
        }
        try {
            requireBuiltJars();
            jwt = signingKey();
            progress.accept("JWT signing key: " + jwt.origin());
            Files.createDirectories(settings.logDirectory());
            children.stopOrphans();
            progress.accept("Starting PostgreSQL, log in " + logFile(ChildPids.DATABASE));
            EmbeddedDatabase database = EmbeddedDatabase.start(
                    settings.dataDirectory(), settings.postgresPort(), logFile(ChildPids.DATABASE));
            whileRunning(children.track(ChildPids.DATABASE, database.process(), database));
            progress.accept("PostgreSQL is ready on port " + database.port() + ", data in " + settings.dataDirectory());
            for (Service service : Service.values()) {
                database.createIfAbsent(service.databaseName());
            }
            baseUrls = chooseBaseUrls();
            for (Service service : Service.values()) {
                startService(service, database);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            boolean stoppedMeanwhile = isClosed();
            close();
            if (stoppedMeanwhile) {
                // A failure caused by the stop itself (a service killed while starting, say) is no failure.
                throw new StartupException("Stopped before it was ready", e);
            }
            throw e instanceof RuntimeException runtime ? runtime : new StartupException("Could not start: " + e, e);
        }
    }

    /** Where a started service answers, e.g. {@code http://localhost:8081}. */
    public URI baseUrl(Service service) {
        Map<Service, URI> urls = baseUrls;
        if (urls == null) {
            throw new IllegalStateException("Not started");
        }
        return urls.get(service);
    }

    /**
     * Signs tokens the services accept: its public key is the one every service was started with. Available
     * once {@link #start()} has begun starting the services.
     */
    public JwtIssuer jwt() {
        JwtIssuer issuer = jwt;
        if (issuer == null) {
            throw new IllegalStateException("Not started");
        }
        return issuer;
    }

    /** Stops the services in reverse dependency order, then PostgreSQL. Idempotent. */
    @Override
    public void close() {
        List<AutoCloseable> toStop;
        synchronized (this) {
            closed = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        for (AutoCloseable component : toStop) {
            progress.accept("Stopping " + component);
            try {
                component.close();
            } catch (Exception e) {
                // Keep going: the components after this one must still be stopped.
                progress.accept("Could not stop " + component + ": " + e);
            }
        }
    }

    private void startService(Service service, EmbeddedDatabase database) throws IOException, InterruptedException {
        URI baseUrl = baseUrl(service);
        Path log = logFile(service.moduleName());
        progress.accept("Starting " + service + " on " + baseUrl + ", log in " + log);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JvmOptions.of(service));
        command.addAll(List.of("-jar", service.jar(settings.projectRoot()).toString()));
        ServiceProcess process = ServiceProcess.start(service.moduleName(), command,
                service.moduleDirectory(settings.projectRoot()), environment(service, database), log);
        whileRunning(children.track(service.moduleName(), Optional.of(process.handle()), process));
        process.awaitReady(baseUrl.resolve("/q/health/ready"), probe, settings.startupTimeout());
        progress.accept(service + " is ready");
    }

    /** The whole of a service's configuration: it reads everything else from its own defaults. */
    private Map<String, String> environment(Service service, EmbeddedDatabase database) {
        Map<String, String> environment = new HashMap<>(JvmOptions.ENVIRONMENT);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(baseUrl(service).getPort()));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.databaseName()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USERNAME);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedDatabase.PASSWORD);
        environment.put(JwtIssuer.PUBLIC_KEY_LOCATION_VARIABLE, jwt.publicKeyFile().toAbsolutePath().toString());
        service.dependency().ifPresent(dependency ->
                environment.put(service.dependencyUrlVariable(), baseUrl(dependency).toString()));
        // every port is chosen before the first service starts: a service started later can be named already
        service.optionalCalls().forEach((called, variable) -> environment.put(variable, baseUrl(called).toString()));
        return environment;
    }

    /** Fixed ports as given; free ones for those given as 0, all chosen before any service starts. */
    private Map<Service, URI> chooseBaseUrls() throws IOException {
        Service[] services = Service.values();
        List<Integer> free = FreePorts.choose(services.length);
        Map<Service, URI> urls = new EnumMap<>(Service.class);
        for (int i = 0; i < services.length; i++) {
            int port = settings.servicePort(services[i]);
            urls.put(services[i], URI.create("http://localhost:" + (port == 0 ? free.get(i) : port)));
        }
        return urls;
    }

    private JwtIssuer signingKey() {
        try {
            return JwtIssuer.loadOrCreate(settings.keyDirectory());
        } catch (UncheckedIOException e) {
            throw new StartupException(e.getMessage() + ": " + e.getCause(), e);
        }
    }

    /** Fails before anything starts, rather than after PostgreSQL, when a service has not been built. */
    private void requireBuiltJars() {
        for (Service service : Service.values()) {
            Path jar = service.jar(settings.projectRoot());
            if (!Files.isRegularFile(jar)) {
                throw new StartupException(service + " is not built: " + jar + " is missing."
                        + " Build it with ./run, or mvn -DskipTests package.");
            }
        }
    }

    /** Records a component as running, unless close() has begun meanwhile: then it is stopped at once. */
    private <T extends AutoCloseable> T whileRunning(T component) {
        synchronized (this) {
            if (!closed) {
                running.push(component);
                return component;
            }
        }
        StartupException stopped = new StartupException("Stopped before it was ready");
        try {
            component.close();
        } catch (Exception e) {
            stopped.addSuppressed(e);
        }
        throw stopped;
    }

    /** Whether {@link #close()} has begun. */
    synchronized boolean isClosed() {
        return closed;
    }

    private Path logFile(String name) {
        return settings.logDirectory().resolve(name + ".log");
    }

    /** The services run on the JDK that runs this, so that {@code ./run} needs no other. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
