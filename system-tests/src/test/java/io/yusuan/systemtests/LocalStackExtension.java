package io.yusuan.systemtests;

import io.yusuan.localrun.DemoData;
import io.yusuan.localrun.DemoDataException;
import io.yusuan.localrun.DemoOutcome;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.StackSettings;
import io.yusuan.localrun.StartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running Yusuan: the packaged services as separate processes on one embedded PostgreSQL,
 * started the way {@code ./run} starts them. Started once per test JVM — on the first test that asks for a
 * {@link LocalStack} or a {@link LoadedDemo} parameter — and stopped when the whole run ends, since starting
 * it takes a while.
 *
 * <p>A {@link LoadedDemo} parameter is the same stack with the demo data loaded through the services' APIs by
 * local-run's {@link DemoData}, as {@code ./run} loads it — the source document's budget, published, and its
 * performance targets: once, by the first test that asks.
 *
 * <p>Every port is a free one, so the tests run beside a {@code ./run} on the same machine. The database
 * starts empty each run; it and the logs are under {@code system-tests/target/yusuan-it}, to be read
 * after a failure. The JWT signing key is made for the run in a temporary folder, deleted at the end.
 */
public final class LocalStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    /** The repository root, from failsafe's {@code yusuan.root}. */
    static Path projectRoot() {
        return Path.of(System.getProperty("yusuan.root")).toAbsolutePath().normalize();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == LoadedDemo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store lives as long as the test run, and closes what it holds at its end.
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        LocalStack stack = store.computeIfAbsent(Attempt.class, key -> Attempt.start(), Attempt.class).stack();
        if (parameter.getParameter().getType() == LocalStack.class) {
            return stack;
        }
        return store.computeIfAbsent(DemoAttempt.class, key -> DemoAttempt.load(stack), DemoAttempt.class).demo();
    }

    /**
     * One attempt at starting, kept whether it worked or not: after a failed start every test fails with
     * its reason at once, instead of each test class trying again for minutes.
     */
    private record Attempt(LocalStack running, StartupException failure, Path keys) implements AutoCloseable {

        static Attempt start() {
            Path root = projectRoot();
            Path work = root.resolve("system-tests/target/yusuan-it");
            Path data = work.resolve("pgdata");
            deleteRecursively(data);
            Path keys;
            try {
                keys = Files.createTempDirectory("yusuan-it-jwt");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make a folder for the JWT signing key", e);
            }
            LocalStack stack = new LocalStack(StackSettings.onFreePorts(root, data, work.resolve("logs"), keys),
                    line -> System.out.println("[yusuan] " + line));
            try {
                stack.start();
                return new Attempt(stack, null, keys);
            } catch (StartupException e) {
                return new Attempt(null, e, keys);
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
            deleteRecursively(keys);
        }
    }

    /** The demo data loaded once, or why it could not be: kept like {@link Attempt}. */
    private record DemoAttempt(LoadedDemo loaded, RuntimeException failure) {

        static DemoAttempt load(LocalStack stack) {
            try {
                List<DemoOutcome> outcomes = DemoData.of(projectRoot())
                        .load(stack, outcome -> System.out.println("[yusuan] demo data: " + outcome));
                return new DemoAttempt(new LoadedDemo(stack, outcomes), null);
            } catch (DemoDataException e) {
                return new DemoAttempt(null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DemoAttempt(null, new IllegalStateException("Interrupted while loading the demo data", e));
            }
        }

        LoadedDemo demo() {
            if (failure != null) {
                throw new ParameterResolutionException("The demo data was not loaded: " + failure.getMessage(), failure);
            }
            return loaded;
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
