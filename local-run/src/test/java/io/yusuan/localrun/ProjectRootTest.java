package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectRootTest {

    private static final Path ELSEWHERE = Path.of("/home/someone");

    @Test
    void theBuiltJarIsTwoFoldersBelowTheRoot() {
        assertThat(ProjectRoot.locate(Path.of("/work/yusuan/local-run/target/local-run.jar"), ELSEWHERE))
                .isEqualTo(Path.of("/work/yusuan"));
    }

    @Test
    void compiledClassesInAnIdeGiveTheSameRoot() {
        assertThat(ProjectRoot.locate(Path.of("/work/yusuan/local-run/target/classes"), ELSEWHERE))
                .isEqualTo(Path.of("/work/yusuan"));
    }

    @Test
    void aJarOutsideABuildFallsBackToTheWorkingDirectory() {
        assertThat(ProjectRoot.locate(Path.of("/opt/tools/local-run.jar"), ELSEWHERE)).isEqualTo(ELSEWHERE);
    }
}
