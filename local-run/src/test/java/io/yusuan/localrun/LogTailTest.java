package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void givesTheLastLines() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(LogTail.lastLines(log, 3).lines()).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void aShortLogIsGivenWhole() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, "只有一行\n");

        assertThat(LogTail.lastLines(log, 30)).isEqualTo("只有一行");
    }

    @Test
    void saysSoWhenThereIsNothingToQuote() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.log"));

        assertThat(LogTail.lastLines(empty, 30)).isEqualTo("(the log is empty)");
        assertThat(LogTail.lastLines(dir.resolve("missing.log"), 30)).startsWith("(could not read the log:");
    }
}
