package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the launcher: its children (PostgreSQL and the three services) outlive it, holding the data
 * directory and their ports. The next start on the same folder stops those orphans first and starts, instead of failing
 * on a data directory or port still taken. The launcher is {@link StackLauncher}, a JVM that runs local-run's
 * {@code LocalStack} as {@code ./run} does, on free ports and a folder of its own under {@code target}.
 */
class LauncherKilledIT {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    /** A launcher JVM, its output so far, and the base URLs it printed once ready. */
    private record Launched(Process process, List<String> output, List<URI> baseUrls) {
    }

    @Test
    void theNextStartStopsTheOrphansOfALauncherKilledWithSigkill() throws Exception {
        Path folder = LocalStackExtension.projectRoot().resolve("system-tests/target/yusuan-launcher");
        deleteRecursively(folder);
        Files.createDirectories(folder);
        List<ProcessHandle> everything = new ArrayList<>();
        try {
            Launched first = launch(folder);
            List<ProcessHandle> orphans = new ArrayList<>(first.process().descendants().toList());
            postmaster(folder).ifPresent(orphans::add);
            everything.addAll(orphans);
            assertThat(orphans).as("the first launcher's children").hasSizeGreaterThanOrEqualTo(4);

            first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Thread.sleep(1_000);
            assertThat(orphans.stream().filter(ProcessHandle::isAlive).count())
                    .as("children still running after kill -9 of their launcher").isPositive();

            Launched second = launch(folder);
            everything.addAll(second.process().descendants().toList());
            postmaster(folder).ifPresent(everything::add);
            everything.add(second.process().toHandle());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (orphans.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(orphans.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList())
                    .as("orphans the next start left running").isEmpty();
            Http http = new Http();
            for (URI baseUrl : second.baseUrls()) {
                assertThat(http.get(baseUrl, "/q/health/ready", null).status()).as(baseUrl + " ready").isEqualTo(200);
            }
            second.process().destroy();
            assertThat(second.process().waitFor(90, TimeUnit.SECONDS)).as("the second launcher stops on SIGTERM").isTrue();
        } finally {
            for (ProcessHandle process : everything) {
                process.destroyForcibly();
            }
        }
    }

    private static Launched launch(Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dyusuan.root=" + LocalStackExtension.projectRoot(), StackLauncher.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<List<URI>> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    System.out.println("[launcher] " + line);
                    if (line.startsWith("READY ")) {
                        ready.complete(Stream.of(line.substring(6).split(" ")).map(URI::create).toList());
                    }
                }
            } catch (IOException e) {
                // the launcher ended
            }
            ready.completeExceptionally(new IllegalStateException("The launcher ended before it was ready: " + output));
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Launched(process, output, ready.get(READY_WITHIN.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("The launcher was not ready: " + e.getMessage() + "\n" + String.join("\n", output), e);
        }
    }

    /** The PostgreSQL server of the folder's data directory (pg_ctl starts it detached, not as a child). */
    private static Optional<ProcessHandle> postmaster(Path folder) throws IOException {
        Path pid = folder.resolve("pgdata/postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
