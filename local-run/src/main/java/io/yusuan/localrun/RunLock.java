package io.yusuan.localrun;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Makes sure one project runs one Yusuan at a time, and tells {@code ./run stop} which process that is.
 *
 * <p>The lock is an operating-system file lock, not the mere existence of a file, so it is released
 * however the holder ends — even by {@code kill -9} — and a stale pid file never blocks a new start.
 * The pid file only names the holder; whether anything is running is always decided by the lock.
 */
final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private RunLock(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    /**
     * Takes the lock and records this process as its holder. One holder per process: the JVM refuses a
     * second lock on the same file, and closing any channel to it could release the first.
     *
     * @throws AlreadyRunningException if another process holds the lock
     */
    static RunLock acquire(Path lockFile, Path pidFile) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new AlreadyRunningException(recordedPid(pidFile));
        }
        try {
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new RunLock(channel, lock, pidFile);
    }

    /** Whether another process holds the lock now. */
    static boolean isHeld(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }

    /**
     * The pid the last holder recorded; empty if there is no number in the file. Only meaningful while
     * {@link #isHeld} — a holder ended by {@code kill -9} leaves its pid behind.
     */
    static OptionalLong recordedPid(Path pidFile) throws IOException {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Releases the lock; the lock file itself stays, as deleting it could race with a starting holder. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(pidFile);
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another Yusuan holds the lock; the message names it if it has recorded its pid already. */
    static final class AlreadyRunningException extends IllegalStateException {

        AlreadyRunningException(OptionalLong pid) {
            super("Yusuan is already running"
                    + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : "")
                    + "; ./run stop stops it");
        }
    }
}
