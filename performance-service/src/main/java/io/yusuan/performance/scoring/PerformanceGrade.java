package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The grade of a total score out of 100 (评价等级): 优 90–100, 良 80–&lt;90, 中 60–&lt;80, 差 &lt;60. */
@Schema(name = "PerformanceGrade", description = "The grade of a total: EXCELLENT 优 (>=90), GOOD 良 (80 to 90), FAIR 中 (60 to 80), POOR 差 (<60).")
public enum PerformanceGrade {
    EXCELLENT("优", 90),
    GOOD("良", 80),
    FAIR("中", 60),
    POOR("差", 0);

    private final String label;
    private final BigDecimal from;

    PerformanceGrade(String label, int from) {
        this.label = label;
        this.from = BigDecimal.valueOf(from);
    }

    /** @return 优, 良, 中 or 差 */
    public String label() {
        return label;
    }

    /** @param total the total as handed out, at 2 decimals, so that the grade always agrees with the printed total */
    public static PerformanceGrade of(BigDecimal total) {
        for (PerformanceGrade grade : values()) {
            if (total.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
