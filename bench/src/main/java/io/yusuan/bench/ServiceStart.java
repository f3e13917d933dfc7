package io.yusuan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a service takes from its process starting to answering {@code GET /q/health/ready} with 200, and how much
 * memory it holds once started and left alone. Measured on a second instance of a running service: the same command
 * line, environment and directory as the running one (read from {@code /proc/<pid>}), so whatever flags the stack
 * starts it with, on another port, against the database the first one has already migrated — a restart or a new
 * replica, not the very first start. The baseline is {@link TrivialServer} started the same way.
 */
final class ServiceStart {

    /** One start: to the first 200, and the resident memory after the rest. */
    /** One start; {@code quarkusMillis} is what Quarkus logs as "started in", NaN for the baseline. */
    record Started(String name, long startNanos, double quarkusMillis, long restingKilobytes) {
    }

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");

    private static final long POLL_MILLIS = 5;
    private static final long TIMEOUT_MILLIS = 120_000;

    private ServiceStart() {
    }

    /** A second instance of the running process, started, measured at rest and stopped. */
    static Started copyOf(String name, ProcessHandle running, long restMillis) throws IOException, InterruptedException {
        long pid = running.pid();
        List<String> command = split(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")));
        Map<String, String> environment = new HashMap<>();
        for (String variable : split(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")))) {
            int equals = variable.indexOf('=');
            if (equals > 0) {
                environment.put(variable.substring(0, equals), variable.substring(equals + 1));
            }
        }
        int port = freePort();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return start(name, command, environment, Files.readSymbolicLink(Path.of("/proc/" + pid + "/cwd")), port,
                restMillis);
    }

    /** The baseline: {@link TrivialServer} in a JVM of its own, on the JDK that runs the services. */
    static Started trivial(Path benchClasses, long restMillis) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                benchClasses.toString(), TrivialServer.class.getName(), Integer.toString(port));
        return start("baseline: a JVM answering every request (JDK HttpServer)", command, System.getenv(),
                benchClasses.getParent(), port, restMillis);
    }

    private static Started start(String name, List<String> command, Map<String, String> environment, Path directory,
            int port, long restMillis) throws IOException, InterruptedException {
        Path log = Files.createTempFile("start", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (!answers(ready)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it answered");
                }
                if (System.nanoTime() - start > TIMEOUT_MILLIS * 1_000_000) {
                    throw new IllegalStateException(name + " did not answer " + ready + " in " + TIMEOUT_MILLIS + " ms");
                }
                Thread.sleep(POLL_MILLIS);
            }
            long startNanos = System.nanoTime() - start;
            Thread.sleep(restMillis);
            Matcher quarkus = QUARKUS_STARTED.matcher(Files.readString(log));
            return new Started(name, startNanos, quarkus.find() ? Double.parseDouble(quarkus.group(1)) * 1000 : Double.NaN,
                    ServiceMemory.residentKilobytes(process.toHandle()));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        }
    }

    private static boolean answers(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(5000);
        try {
            return connection.getResponseCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } finally {
            connection.disconnect();
        }
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> parts = new ArrayList<>(Arrays.asList(new String(nulSeparated, StandardCharsets.UTF_8).split("\0")));
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
