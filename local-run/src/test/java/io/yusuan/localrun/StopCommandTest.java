package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopCommandTest {

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
    void nothingToStop() throws Exception {
        assertThat(stop()).isZero();
        assertThat(printed()).isEqualTo("Yusuan is not running.\n");
    }

    @Test
    void stopsTheProcessHoldingTheLockAndWaitsForIt() throws Exception {
        holder = RunLockHolder.start(projectRoot);

        assertThat(stop()).isZero();

        assertThat(holder.waitFor(0, TimeUnit.SECONDS)).as("stopped when stop returns").isTrue();
        assertThat(printed()).isEqualTo("Stopping Yusuan (pid " + holder.pid() + ")...\nStopped.\n");
    }

    @Test
    void aStalePidOfAKilledRunIsNotStopped() throws Exception {
        holder = RunLockHolder.start(projectRoot);
        holder.destroyForcibly().waitFor();

        assertThat(stop()).isZero();
        assertThat(printed()).isEqualTo("Yusuan is not running.\n");
    }

    private int stop() throws Exception {
        return new StopCommand(projectRoot, new PrintStream(output, true, StandardCharsets.UTF_8)).run();
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
