package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start does with the pid files a launcher ended by {@code kill -9} left behind. */
class ChildPidsTest {

    private static final Instant STARTED = Instant.parse("2026-11-30T08:00:00.120Z");

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        started.forEach(Process::destroyForcibly);
    }

    private Process child() throws Exception {
        Process process = new ProcessBuilder("sleep", "300").start();
        started.add(process);
        return process;
    }

    @Test
    void aChildLeftRunningIsStoppedAndItsFileRemoved() throws Exception {
        Process orphan = child();
        new ChildPids(dir, progress::add).track("catalog-service", Optional.of(orphan.toHandle()), () -> { });

        new ChildPids(dir, progress::add).stopOrphans();

        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dir).isEmptyDirectory();
        assertThat(progress).containsExactly("Stopping catalog-service (pid " + orphan.pid() + "), left running by an "
                + "earlier start that was killed");
    }

    @Test
    void servicesAreStoppedBeforeTheDatabase() throws Exception {
        ChildPids pids = new ChildPids(dir, progress::add);
        pids.track(ChildPids.DATABASE, Optional.of(child().toHandle()), () -> { });
        pids.track("budget-service", Optional.of(child().toHandle()), () -> { });

        pids.stopOrphans();

        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).startsWith("Stopping budget-service");
        assertThat(progress.get(1)).startsWith("Stopping postgres");
    }

    @Test
    void aChildStoppedInOrderLeavesNoFile() throws Exception {
        List<String> closed = new ArrayList<>();
        AutoCloseable tracked = new ChildPids(dir, progress::add)
                .track("budget-service", Optional.of(child().toHandle()), () -> closed.add("closed"));
        assertThat(dir.resolve("budget-service.pid")).exists();

        tracked.close();

        assertThat(closed).containsExactly("closed");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aPidNowOfAnotherProcessIsLeftAlone() throws Exception {
        Process stranger = child();
        Files.writeString(dir.resolve("catalog-service.pid"),
                new ChildPids.Recorded(stranger.pid(), Optional.of(STARTED), "/usr/bin/java").format());

        new ChildPids(dir, progress::add).stopOrphans();

        assertThat(stranger.isAlive()).isTrue();
        assertThat(progress).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void filesOfEndedProcessesOrUnreadableOnesAreRemoved() throws Exception {
        Process ended = child();
        ChildPids.Recorded recorded = ChildPids.Recorded.of(ended.toHandle());
        ended.destroyForcibly().waitFor();
        Files.writeString(dir.resolve("budget-service.pid"), recorded.format());
        Files.writeString(dir.resolve("postgres.pid"), "not a pid\n");

        new ChildPids(dir, progress::add).stopOrphans();

        assertThat(progress).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aRecordReadsBackAsWritten() {
        ChildPids.Recorded recorded = new ChildPids.Recorded(4242, Optional.of(STARTED), "/opt/jdk/bin/java");
        assertThat(ChildPids.Recorded.parse(recorded.format())).contains(recorded);
        ChildPids.Recorded unknownStart = new ChildPids.Recorded(4242, Optional.empty(), "");
        assertThat(ChildPids.Recorded.parse(unknownStart.format())).contains(unknownStart);
    }

    @Test
    void theSameProcessIsTheSameStartAndExecutableWhereKnown() {
        ChildPids.Recorded recorded = new ChildPids.Recorded(4242, Optional.of(STARTED), "/opt/jdk/bin/java");

        assertThat(recorded.sameAs(recorded)).isTrue();
        assertThat(recorded.sameAs(new ChildPids.Recorded(4242, Optional.of(STARTED.plusSeconds(1)), "/opt/jdk/bin/java")))
                .as("pid reused by a later process").isFalse();
        assertThat(recorded.sameAs(new ChildPids.Recorded(4242, Optional.of(STARTED), "/usr/bin/sleep")))
                .as("another executable").isFalse();
        assertThat(recorded.sameAs(new ChildPids.Recorded(4242, Optional.empty(), "/opt/jdk/bin/java")))
                .as("start unknown now, executable the same").isTrue();
        assertThat(new ChildPids.Recorded(4242, Optional.empty(), "").sameAs(recorded))
                .as("nothing recorded to tell it by").isFalse();
    }
}
