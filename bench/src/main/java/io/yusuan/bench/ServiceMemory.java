package io.yusuan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's peak resident memory, as Linux keeps it: {@code VmHWM} of {@code /proc/<pid>/status}, the high-water
 * mark of its resident set. Writing 5 to {@code /proc/<pid>/clear_refs} resets the mark to the current resident
 * size (Linux 4.0 and later), so that a peak can be measured for one export rather than since the JVM started.
 */
final class ServiceMemory {

    private ServiceMemory() {
    }

    static void resetPeak(ProcessHandle process) throws IOException {
        Files.writeString(Path.of("/proc/" + process.pid() + "/clear_refs"), "5");
    }

    /** The resident set now (VmRSS): what the peak of an export is to be compared with. */
    static long residentKilobytes(ProcessHandle process) throws IOException {
        return kilobytes(Path.of("/proc/" + process.pid() + "/status"), "VmRSS:");
    }

    static long peakKilobytes(ProcessHandle process) throws IOException {
        return kilobytes(Path.of("/proc/" + process.pid() + "/status"), "VmHWM:");
    }

    /** The machine's memory, for the report: the JVM's default heap is a quarter of it. */
    static String machineMemory() throws IOException {
        return String.format("%.1f GB", kilobytes(Path.of("/proc/meminfo"), "MemTotal:") / 1024.0 / 1024.0);
    }

    private static long kilobytes(Path file, String field) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
            }
        }
        throw new IllegalStateException(file + " has no " + field);
    }
}
