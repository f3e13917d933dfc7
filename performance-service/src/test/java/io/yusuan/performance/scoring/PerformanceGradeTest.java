package io.yusuan.performance.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceGradeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "100, EXCELLENT, 优",
        "90, EXCELLENT, 优",
        "90.00, EXCELLENT, 优",
        "89.99, GOOD, 良",
        "80, GOOD, 良",
        "79.99, FAIR, 中",
        "60, FAIR, 中",
        "59.99, POOR, 差",
        "0, POOR, 差"
    })
    void gradesATotal(String total, PerformanceGrade grade, String label) {
        assertThat(PerformanceGrade.of(new BigDecimal(total))).isEqualTo(grade);
        assertThat(grade.label()).isEqualTo(label);
    }
}
