package io.yusuan.localrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A pid file per child process of a {@link LocalStack} (PostgreSQL and each service), beside its log. A launcher ended
 * by {@code kill -9} cannot stop its children: they run on, holding their ports and PostgreSQL's data directory, and
 * the next start would fail on them. The next start reads the files and stops what they name first.
 *
 * <p>A pid alone may have been reused by an unrelated process since, so a file records when its process started and
 * its executable too, and only a process matching them is stopped ({@link Recorded#isRunning}). Services are stopped
 * before PostgreSQL, whose orderly shutdown waits for their connections to end.
 */
final class ChildPids {

    static final String DATABASE = "postgres";
    private static final String SUFFIX = ".pid";
    /** As long as a service may take to stop in order; past it the process is killed. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    private final Consumer<String> progress;

    ChildPids(Path directory, Consumer<String> progress) {
        this.directory = directory;
        this.progress = progress;
    }

    /**
     * Records a started child, and answers it wrapped so that stopping it also removes its file. A file that cannot be
     * written is reported and the child runs untracked: that only loses the cleanup after a {@code kill -9}.
     */
    AutoCloseable track(String name, Optional<ProcessHandle> process, AutoCloseable child) {
        Path file = directory.resolve(name + SUFFIX);
        process.ifPresent(handle -> {
            try {
                Files.writeString(file, Recorded.of(handle).format(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                progress.accept("Could not write " + file + ": " + e);
            }
        });
        return new AutoCloseable() {
            @Override
            public void close() throws Exception {
                child.close();
                Files.deleteIfExists(file);
            }

            @Override
            public String toString() {
                return child.toString();
            }
        };
    }

    /**
     * Stops every recorded child still running, services first, and removes every pid file. Call it only where no
     * other stack uses this directory ({@code ./run} holds its {@link RunLock}).
     */
    void stopOrphans() throws IOException, InterruptedException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            found.forEach(files::add);
        }
        files.sort(Comparator.comparing((Path file) -> file.getFileName().toString().equals(DATABASE + SUFFIX))
                .thenComparing(Comparator.naturalOrder()));
        for (Path file : files) {
            Optional<Recorded> recorded = Recorded.parse(Files.readString(file, StandardCharsets.UTF_8));
            Optional<ProcessHandle> orphan = recorded.flatMap(Recorded::isRunning);
            if (orphan.isPresent()) {
                String name = file.getFileName().toString().replace(SUFFIX, "");
                progress.accept("Stopping " + name + " (pid " + orphan.get().pid() + "), left running by an earlier "
                        + "start that was killed");
                stop(orphan.get());
            }
            Files.delete(file);
        }
    }

    private static void stop(ProcessHandle process) throws InterruptedException {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            try {
                process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stuck) {
                throw new StartupException("pid " + process.pid() + " of an earlier start does not end", stuck);
            }
        }
    }

    /**
     * A process as its pid file records it.
     *
     * @param started when it started, if the system says
     * @param command its executable, if the system says; empty otherwise
     */
    record Recorded(long pid, Optional<Instant> started, String command) {

        static Recorded of(ProcessHandle process) {
            ProcessHandle.Info info = process.info();
            return new Recorded(process.pid(), info.startInstant(), info.command().orElse(""));
        }

        /** One line: {@code pid start command}, {@code -} for an unknown start. */
        String format() {
            return pid + " " + started.map(Instant::toString).orElse("-") + " " + command + "\n";
        }

        /** Empty for anything but a line {@link #format} wrote. */
        static Optional<Recorded> parse(String line) {
            String[] parts = line.strip().split(" ", 3);
            if (parts.length < 2) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Recorded(Long.parseLong(parts[0]),
                        parts[1].equals("-") ? Optional.empty() : Optional.of(Instant.parse(parts[1])),
                        parts.length == 3 ? parts[2] : ""));
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** The recorded process, if it still runs: a live process under its pid that started when it did. */
        Optional<ProcessHandle> isRunning() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(live -> sameAs(Recorded.of(live)));
        }

        /**
         * Whether {@code live}, the process under this pid now, is the one recorded: the same start where both are
         * known, and the same executable where both are known. With neither known it cannot be told, and is not ours.
         */
        boolean sameAs(Recorded live) {
            boolean startsKnown = started.isPresent() && live.started.isPresent();
            boolean commandsKnown = !command.isEmpty() && !live.command.isEmpty();
            return (startsKnown || commandsKnown)
                    && (!startsKnown || started.equals(live.started))
                    && (!commandsKnown || command.equals(live.command));
        }
    }
}
