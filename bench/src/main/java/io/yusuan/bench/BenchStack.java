package io.yusuan.bench;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Yusuan started for a benchmark the way {@code ./run} starts it: the packaged services as processes on an
 * embedded PostgreSQL. LocalStack starts all three services; only catalog-service is measured, the others idle.
 *
 * <p>Every port is a free one, so a benchmark runs beside a {@code ./run}. The database starts empty each run,
 * so that every run measures the shipped lists just as the migrations load them; it and the logs are under
 * {@code bench/target/bench-run}.
 */
final class BenchStack {

    private BenchStack() {
    }

    static LocalStack start(Path root) {
        Path work = root.resolve("bench/target/bench-run");
        Path data = work.resolve("pgdata");
        deleteRecursively(data);
        LocalStack stack = new LocalStack(StackSettings.onFreePorts(root, data, work.resolve("logs"), work.resolve("jwt")),
                line -> System.out.println("[yusuan] " + line));
        // Ctrl-C during a run must not leave PostgreSQL and three JVMs behind; close() is idempotent.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-stop"));
        stack.start();
        return stack;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
        }
    }
}
