package io.yusuan.performance.evaluation;

import io.yusuan.performance.scoring.QualitativeGrade;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorActual", description = "What an indicator achieved in the period.")
public record IndicatorActual(
        @Schema(description = "The indicator's position in the target (0 for the first).", example = "1") @NotNull @Min(0) Integer indicator,
        @Schema(description = "Quantitative indicators: the actual value, in the target's unit.", example = "46") BigDecimal actual,
        @Schema(description = "Qualitative indicators: ACHIEVED 达成, PARTLY_ACHIEVED 部分达成 or NOT_ACHIEVED 未达成.",
                example = "ACHIEVED") QualitativeGrade grade,
        @Schema(description = "Qualitative: the evaluator's percentage of the weight, inside the grade's band; "
                + "the band's top when absent.", example = "90") BigDecimal gradePercent,
        @Schema(description = "Whether the indicator applies this year; a non-applicable one is left out and the total "
                + "rescaled.", example = "true") Boolean applicable,
        @Schema(description = "偏差原因分析及改进措施, for an indicator not fully met.") String deviationReason) {
}
