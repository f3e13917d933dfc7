package io.yusuan.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRequiredPathsTest {

    private final TokenRequiredPaths paths = new TokenRequiredPaths(List.of("/q/metrics"), null);

    @Test
    void theGuardedPathAndWhatIsUnderItNeedAToken() {
        assertThat(paths.guards("/q/metrics")).isTrue();
        assertThat(paths.guards("/q/metrics/json")).isTrue();
    }

    @Test
    void otherPathsAreLeftToTheirOwnRules() {
        assertThat(paths.guards("/q/metricsx")).isFalse();
        assertThat(paths.guards("/q/health")).isFalse();
        assertThat(paths.guards("/api/v1/schemes")).isFalse();
    }
}
