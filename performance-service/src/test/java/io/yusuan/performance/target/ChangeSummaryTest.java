package io.yusuan.performance.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    private static final PerformanceTarget PROJECT = new PerformanceTarget("410304", "141", 2022, Scope.PROJECT,
            "41030422T000000012345");
    private static final PerformanceTarget OVERALL = new PerformanceTarget("410304", "141", 2022, Scope.OVERALL, "");

    @Test
    void aWriteNamesTheTargetAndCountsItsIndicators() {
        assertThat(ChangeSummary.targetWritten(PROJECT, 6))
                .isEqualTo("project 41030422T000000012345 target written: 6 indicators");
        assertThat(ChangeSummary.targetWritten(OVERALL, 1)).isEqualTo("overall target written: 1 indicator");
    }

    @Test
    void actualsNameTheirPeriodAndDate() {
        assertThat(ChangeSummary.actualsRecorded(PROJECT, "SELF_EVALUATION", LocalDate.of(2022, 12, 31), 8))
                .isEqualTo("project 41030422T000000012345 target actuals recorded: SELF_EVALUATION as of 2022-12-31, 8 indicators");
    }
}
