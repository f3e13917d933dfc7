package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways {@code start} refuses to start; starting for real is what the system tests do. */
class StartCommandTest {

    @TempDir
    Path projectRoot;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Process holder;

    @AfterEach
    void endHolder() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aSecondStartSaysWhoRunsAndTouchesNothing() throws Exception {
        holder = RunLockHolder.start(projectRoot);

        int status = start(Map.of());

        assertThat(status).isEqualTo(1);
        assertThat(printed()).isEqualTo("Yusuan is already running (pid " + holder.pid() + "); ./run stop stops it\n");
        RunDirectory run = RunDirectory.of(projectRoot);
        assertThat(run.dataDirectory()).doesNotExist();
        assertThat(run.logDirectory()).doesNotExist();
        assertThat(holder.isAlive()).isTrue();
    }

    @Test
    void aPostgresPortThatIsNoPortStopsBeforeTheLock() throws Exception {
        int status = start(Map.of("YUSUAN_PG_PORT", "x"));

        assertThat(status).isEqualTo(2);
        assertThat(printed()).contains("YUSUAN_PG_PORT must be a port number");
        assertThat(RunDirectory.of(projectRoot).lockFile()).doesNotExist();
    }

    private int start(Map<String, String> environment) throws Exception {
        return new StartCommand(projectRoot, environment, new PrintStream(output, true, StandardCharsets.UTF_8)).run();
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
