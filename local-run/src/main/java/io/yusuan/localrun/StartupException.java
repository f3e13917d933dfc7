package io.yusuan.localrun;

import java.nio.file.Path;

/** A {@link LocalStack} could not start. The message says what failed and, where there is one, quotes its log. */
public final class StartupException extends RuntimeException {

    private static final int QUOTED_LINES = 30;

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure explained by a process's log: names the file and quotes its end. */
    static StartupException withLog(String what, Path logFile, Throwable cause) {
        String message = what + System.lineSeparator()
                + "Its log " + logFile + " ends with:" + System.lineSeparator()
                + LogTail.lastLines(logFile, QUOTED_LINES);
        return new StartupException(message, cause);
    }
}
