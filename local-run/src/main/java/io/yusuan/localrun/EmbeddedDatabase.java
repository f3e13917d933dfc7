package io.yusuan.localrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL 17 from zonky's embedded binaries: nothing to install, the same server the services' tests use.
 *
 * <p>The data directory is kept: zonky runs {@code initdb} only when the directory holds no
 * {@code postgresql.conf} yet, and otherwise starts the server on the existing data — which is how the
 * data of one run is still there in the next.
 */
final class EmbeddedDatabase implements AutoCloseable {

    /** The superuser zonky's initdb creates; it trusts local connections, so the password is never checked. */
    static final String USERNAME = "postgres";
    static final String PASSWORD = "postgres";

    /** zonky's default of 10 s is short for a first start on a busy machine (initdb runs first). */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts the server on the data directory, creating and initialising it if needed. The server's own
     * output goes to the log file, overwritten so that it holds this run only.
     *
     * @param port the port, or 0 for a free one
     * @throws StartupException if the server does not start; quotes the log
     */
    static EmbeddedDatabase start(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.write(logFile, new byte[0]);
            // Appending, as zonky runs initdb, pg_ctl start and pg_ctl stop as separate processes on this log.
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    // The owner stops the server, after the services that use it; zonky's own hook could stop it first.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start(), dataDirectory);
        } catch (IOException | RuntimeException e) {
            throw StartupException.withLog("PostgreSQL did not start on " + dataDirectory + ": " + e.getMessage(),
                    logFile, e);
        }
    }

    /**
     * The server's process (the postmaster), by the pid it writes on the first line of {@code postmaster.pid}; pg_ctl
     * starts it detached, so nothing else names it. Empty if the file cannot be read.
     */
    Optional<ProcessHandle> process() {
        try (BufferedReader lines = Files.newBufferedReader(dataDirectory.resolve("postmaster.pid"))) {
            return ProcessHandle.of(Long.parseLong(String.valueOf(lines.readLine()).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates an empty database unless it exists; each service's Flyway fills its own at start. */
    void createIfAbsent(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StartupException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server with a fast shutdown: open sessions are ended, committed data is kept. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
