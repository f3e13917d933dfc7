package io.yusuan.localrun;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate process holding a project's run lock, as a running {@code ./run} does. A separate process
 * because that is what the lock guards against: within one JVM, file locks do not exclude each other.
 */
public final class RunLockHolder {

    private static final String HOLDING = "holding";

    /** Takes the lock of the project folder in {@code args[0]} and keeps it until the process is ended. */
    public static void main(String[] args) throws IOException, InterruptedException {
        RunDirectory runDirectory = RunDirectory.of(Path.of(args[0]));
        RunLock.acquire(runDirectory.lockFile(), runDirectory.pidFile());
        System.out.println(HOLDING);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts a holder and returns once it holds the lock. */
    static Process start(Path projectRoot) throws IOException, URISyntaxException {
        String classPath = codeLocation(RunLockHolder.class) + File.pathSeparator + codeLocation(RunLock.class);
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, RunLockHolder.class.getName(), projectRoot.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if (!HOLDING.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("The lock holder did not start: " + line);
        }
        return process;
    }

    private static String codeLocation(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
