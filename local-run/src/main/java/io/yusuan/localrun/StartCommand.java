package io.yusuan.localrun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code start}: runs Yusuan in the foreground until Ctrl-C, SIGTERM or {@code ./run stop}. Once the services
 * are ready it writes the demo department's editor token for trying writes and loads the {@link DemoData} unless it
 * is there already. All stopping happens in one shutdown hook, so every way of ending — a signal, a failed start —
 * cleans up the same way.
 */
final class StartCommand {

    /** A week: long enough for a working session; every start writes a fresh one (the key stays the same). */
    static final Duration EDITOR_TOKEN_VALIDITY = Duration.ofDays(7);
    static final String EDITOR_SUBJECT = "local-editor";

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

        Path tokenFile = runDirectory.editorTokenFile();
        Instant tokenExpires = Instant.now().plus(EDITOR_TOKEN_VALIDITY).truncatedTo(ChronoUnit.SECONDS);
        String token = stack.jwt().scopedToken(EDITOR_SUBJECT, EDITOR_TOKEN_VALIDITY, DemoData.SOURCE_REGION,
                List.of(DemoData.SOURCE_DEPARTMENT), JwtIssuer.BUDGET_EDITOR);
        boolean tokenWritten = writeToken(tokenFile, token);

        out.println("Loading demo data...");
        try {
            DemoData.of(projectRoot).load(stack, outcome -> out.println("  " + outcome));
        } catch (DemoDataException e) {
            if (stack.isClosed()) {
                Thread.currentThread().join(); // stopped while loading: the shutdown hook ends the JVM
            }
            out.println("  The demo data was not loaded: " + e.getMessage());
            out.println("  The services keep running without it; their logs are in " + settings.logDirectory());
        }

        out.println();
        out.println("Yusuan is running. Swagger UI:");
        for (Service service : Service.values()) {
            out.printf("  %-20s %s%n", service, stack.baseUrl(service).resolve("/q/swagger-ui"));
        }
        out.println();
        out.println("Reads are public; writes need a bearer token. The demo department's editor token ("
                + JwtIssuer.BUDGET_EDITOR + " of " + DemoData.SOURCE_REGION + "/" + DemoData.SOURCE_DEPARTMENT
                + "; valid until " + tokenExpires + "):");
        if (tokenWritten) {
            out.println("  " + tokenFile);
            out.println("  Swagger UI: Authorize, paste the file's content. curl: -H \"Authorization: Bearer $(cat "
                    + tokenFile + ")\"");
        } else {
            out.println("  " + token);
        }
        out.println("Other roles and scopes: ./run token ROLE REGION [DEPARTMENT], e.g. ./run token budget-approver "
                + DemoData.SOURCE_REGION + " (" + String.join(", ", JwtIssuer.ROLES) + ").");
        out.println();
        out.println("Ctrl-C or ./run stop stops it.");
        Thread.currentThread().join(); // waits for the JVM to end; the shutdown hook does the stopping
        return 0;
    }

    /** Owner-readable only, where the file system allows: anyone holding it can write budgets. */
    private boolean writeToken(Path tokenFile, String token) {
        try {
            Files.createDirectories(tokenFile.getParent());
            JwtIssuer.writeAtomically(tokenFile, token + "\n", true);
            return true;
        } catch (IOException e) {
            out.println("Could not write " + tokenFile + ": " + e);
            return false;
        }
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
