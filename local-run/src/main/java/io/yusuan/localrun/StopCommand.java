package io.yusuan.localrun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code stop}: asks the running Yusuan of this project to stop, as Ctrl-C would, and waits until it has.
 * It is not killed: it stops its services and PostgreSQL itself, which a killed process could not.
 */
final class StopCommand {

    /** Three services of up to 30 s each, then PostgreSQL; in practice a few seconds. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final Path projectRoot;
    private final PrintStream out;

    StopCommand(Path projectRoot, PrintStream out) {
        this.projectRoot = projectRoot;
        this.out = out;
    }

    /** The exit status: 0 when nothing runs any more. */
    int run() throws IOException, InterruptedException {
        RunDirectory runDirectory = RunDirectory.of(projectRoot);
        if (!RunLock.isHeld(runDirectory.lockFile())) {
            out.println("Yusuan is not running.");
            return 0;
        }
        OptionalLong pid = RunLock.recordedPid(runDirectory.pidFile());
        if (pid.isEmpty()) {
            out.println("Yusuan is starting and has not recorded its pid yet; try again in a moment.");
            return 1;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong());
        if (process.isEmpty()) {
            out.println("Yusuan is not running.");
            return 0;
        }
        out.println("Stopping Yusuan (pid " + pid.getAsLong() + ")...");
        process.get().destroy();
        try {
            process.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            out.println("Yusuan (pid " + pid.getAsLong() + ") is still stopping after " + STOP_WAIT.toSeconds()
                    + " s; its logs are in " + runDirectory.logDirectory());
            return 1;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for pid " + pid.getAsLong() + " failed", e);
        }
        out.println("Stopped.");
        return 0;
    }
}
