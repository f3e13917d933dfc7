package io.yusuan.systemtests;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.StackSettings;
import io.yusuan.localrun.StartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running Yusuan: the packaged services as separate processes on one embedded PostgreSQL,
 * started the way {@code ./run} starts them. Started once per test JVM — on the first test that asks for a
 * {@link LocalStack} parameter — and stopped when the whole run ends, since starting it takes a while.
 *
 * <p>Every port is a free one, so the tests run beside a {@code ./run} on the same machine. The database
 * starts empty each run; it and the logs are under {@code system-tests/target/yusuan-it}, to be read
 * after a failure.
 */
public final class LocalStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public LocalStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store lives as long as the test run, and closes what it holds at its end.
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Attempt.class, key -> Attempt.start(), Attempt.class)
                .stack();
    }

    /**
     * One attempt at starting, kept whether it worked or not: after a failed start every test fails with
     * its reason at once, instead of each test class trying again for minutes.
     */
    private record Attempt(LocalStack running, StartupException failure) implements AutoCloseable {

        static Attempt start() {
            Path root = Path.of(System.getProperty("yusuan.root")).toAbsolutePath().normalize();
            Path work = root.resolve("system-tests/target/yusuan-it");
            Path data = work.resolve("pgdata");
            deleteRecursively(data);
            LocalStack stack = new LocalStack(StackSettings.onFreePorts(root, data, work.resolve("logs")),
                    line -> System.out.println("[yusuan] " + line));
            try {
                stack.start();
                return new Attempt(stack, null);
            } catch (StartupException e) {
                return new Attempt(null, e);
            }
        }

        LocalStack stack() {
            if (failure != null) {
                throw new ParameterResolutionException("Yusuan did not start: " + failure.getMessage(), failure);
            }
            return running;
        }

        @Override
        public void close() {
            if (running != null) {
                running.close();
            }
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
}
