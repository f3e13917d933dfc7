package io.yusuan.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemInstanceTest {

    @Test
    void aProblemNamesAnOrdinaryPath() {
        String path = "/api/v1/regions/410304/departments/141/budgets/2022/draft";
        assertThat(new Problem("t", "T", 400, "d", path, List.of()).instance()).isEqualTo(path);
    }

    @Test
    void aPathHoldingAnOverlongValueIsNotEchoed() {
        String path = "/api/v1/regions/" + "9".repeat(10_000);
        assertThat(new Problem("t", "T", 400, "d", path, List.of()).instance()).isNull();
    }
}
