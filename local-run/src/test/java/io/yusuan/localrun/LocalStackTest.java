package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks before anything starts; a LocalStack that runs is what the system tests exercise. */
class LocalStackTest {

    @TempDir
    Path projectRoot;

    private final List<String> progress = new ArrayList<>();

    @Test
    void anUnbuiltServiceFailsTheStartBeforePostgresStarts() {
        StackSettings settings = StackSettings.onFreePorts(projectRoot, projectRoot.resolve("pgdata"),
                projectRoot.resolve("logs"), projectRoot.resolve("jwt"));

        try (LocalStack stack = new LocalStack(settings, progress::add)) {
            assertThatThrownBy(stack::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageStartingWith("catalog-service is not built: "
                            + projectRoot.resolve("catalog-service/target/quarkus-app/quarkus-run.jar") + " is missing.");
        }
        assertThat(projectRoot.resolve("pgdata")).doesNotExist();
        assertThat(projectRoot.resolve("jwt")).doesNotExist();
        assertThat(progress).isEmpty();
    }

    @Test
    void startsOnlyOnce() {
        LocalStack stack = new LocalStack(StackSettings.onFreePorts(projectRoot, projectRoot, projectRoot, projectRoot), progress::add);
        stack.close();

        assertThatThrownBy(stack::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stack.baseUrl(Service.CATALOG)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(stack::jwt).isInstanceOf(IllegalStateException.class);
    }
}
