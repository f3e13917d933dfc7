package io.yusuan.localrun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code start}: runs Yusuan in the foreground until Ctrl-C, SIGTERM or {@code ./run stop}. All stopping
 * happens in one shutdown hook, so every way of ending — a signal, a failed start — cleans up the same way.
 */
final class StartCommand {

    private final Path projectRoot;
    private final Map<String, String> environment;
    private final PrintStream out;

    StartCommand(Path projectRoot, Map<String, String> environment, PrintStream out) {
        this.projectRoot = projectRoot;
        this.environment = environment;
        this.out = out;
    }

    /**
     * Returns an exit status if Yusuan could not start; once it runs, never returns — the JVM ends after
     * the shutdown hook has stopped everything.
     */
    int run() throws IOException, InterruptedException {
        StackSettings settings;
        try {
            settings = StackSettings.forRun(projectRoot, environment);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        RunDirectory runDirectory = RunDirectory.of(projectRoot);
        RunLock lock;
        try {
            // First, before any port is touched: a second start must leave the first one alone.
            lock = RunLock.acquire(runDirectory.lockFile(), runDirectory.pidFile());
        } catch (RunLock.AlreadyRunningException e) {
            out.println(e.getMessage());
            return 1;
        }
        out.println("Data: " + settings.dataDirectory());
        out.println("Logs: " + settings.logDirectory());

        LocalStack stack = new LocalStack(settings, out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack, lock), "yusuan-stop"));
        try {
            stack.start();
        } catch (StartupException e) {
            out.println(e.getMessage());
            return 1;
        }

        out.println();
        out.println("Yusuan is running. Swagger UI:");
        for (Service service : Service.values()) {
            out.printf("  %-20s %s%n", service, stack.baseUrl(service).resolve("/q/swagger-ui"));
        }
        out.println("Ctrl-C or ./run stop stops it.");
        Thread.currentThread().join(); // waits for the JVM to end; the shutdown hook does the stopping
        return 0;
    }

    private void stop(LocalStack stack, RunLock lock) {
        stack.close();
        try {
            lock.close();
        } catch (IOException e) {
            // The lock goes with the process anyway; only the pid file may be left, which is harmless.
            out.println("Could not release " + e.getMessage());
        }
        out.println("Yusuan stopped.");
    }
}
