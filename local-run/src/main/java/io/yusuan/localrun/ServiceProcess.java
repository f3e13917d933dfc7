package io.yusuan.localrun;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child process, its output going to a log file of its own. A separate
 * process per service, as in production, so that the services really talk to each other over HTTP.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /** Quarkus finishes its requests and closes its pools in well under this; past it, it is stuck. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts the command with the current environment plus {@code environment}; the log file is
     * overwritten, so that it holds this run only.
     */
    static ServiceProcess start(String name, List<String> command, Path workingDirectory,
                                Map<String, String> environment, Path logFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(name, builder.start(), logFile);
    }

    /** The process, for its pid file. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Waits until the readiness URL answers 200.
     *
     * @throws StartupException if the process exits first or the timeout passes; quotes the log
     */
    void awaitReady(URI readinessUrl, ReadinessProbe probe, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!probe.isReady(readinessUrl)) {
            if (!process.isAlive()) {
                throw StartupException.withLog(
                        name + " exited with code " + process.exitValue() + " before it was ready", logFile, null);
            }
            if (System.nanoTime() - deadline > 0) {
                throw StartupException.withLog(
                        name + " was not ready at " + readinessUrl + " within " + timeout.toSeconds() + " s",
                        logFile, null);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** SIGTERM, so the service shuts down in order; a kill only if it has not ended in {@link #STOP_TIMEOUT}. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
