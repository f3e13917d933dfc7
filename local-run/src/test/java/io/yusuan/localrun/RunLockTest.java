package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path projectRoot;

    private Process holder;

    @AfterEach
    void endHolder() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aFreeLockIsTakenAndRecordsThisProcess() throws Exception {
        RunDirectory run = RunDirectory.of(projectRoot);

        try (RunLock lock = RunLock.acquire(run.lockFile(), run.pidFile())) {
            assertThat(RunLock.recordedPid(run.pidFile())).hasValue(ProcessHandle.current().pid());
        }

        assertThat(run.pidFile()).doesNotExist();
        assertThat(RunLock.isHeld(run.lockFile())).isFalse();
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedNamingThatProcess() throws Exception {
        RunDirectory run = RunDirectory.of(projectRoot);
        holder = RunLockHolder.start(projectRoot);

        assertThat(RunLock.isHeld(run.lockFile())).isTrue();
        assertThat(RunLock.recordedPid(run.pidFile())).hasValue(holder.pid());
        assertThatThrownBy(() -> RunLock.acquire(run.lockFile(), run.pidFile()))
                .isInstanceOf(RunLock.AlreadyRunningException.class)
                .hasMessage("Yusuan is already running (pid " + holder.pid() + "); ./run stop stops it");
    }

    @Test
    void aKilledHolderLeavesNoLockOnlyAStalePid() throws Exception {
        RunDirectory run = RunDirectory.of(projectRoot);
        holder = RunLockHolder.start(projectRoot);
        holder.destroyForcibly().waitFor();

        assertThat(RunLock.isHeld(run.lockFile())).isFalse();
        try (RunLock lock = RunLock.acquire(run.lockFile(), run.pidFile())) {
            assertThat(RunLock.recordedPid(run.pidFile())).hasValue(ProcessHandle.current().pid());
        }
    }

    @Test
    void nothingRecordedIsNoPid() throws Exception {
        RunDirectory run = RunDirectory.of(projectRoot);

        assertThat(RunLock.isHeld(run.lockFile())).isFalse();
        assertThat(RunLock.recordedPid(run.pidFile())).isEmpty();
        Files.createDirectories(run.path());
        Files.writeString(run.pidFile(), "not a pid");
        assertThat(RunLock.recordedPid(run.pidFile())).isEmpty();
    }
}
