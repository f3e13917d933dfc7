package io.yusuan.localrun;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of a log file, for error messages: when a process fails to start, the reason is almost
 * always in its last lines, and quoting them saves opening the file.
 */
final class LogTail {

    /** Enough for the last lines of a stack trace, however long the log has grown. */
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code count} lines of the file, or a note saying why there are none. */
    static String lastLines(Path file, int count) {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, log.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (log.length() - start)];
            log.seek(start);
            log.readFully(bytes);
            // Undecodable bytes become U+FFFD: a log tail is for reading, not for parsing.
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty()) {
                return "(the log is empty)";
            }
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(could not read the log: " + e.getMessage() + ")";
        }
    }
}
