package io.yusuan.performance.evaluation;

import io.yusuan.performance.scoring.QualitativeGrade;
import io.yusuan.performance.target.TargetLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorActual", description = "What an indicator achieved in the period.")
public record IndicatorActual(
        @Schema(description = "The indicator's position in the target (0 for the first).", example = "1")
        @NotNull @Min(0) @Max(TargetLimits.INDICATORS - 1) Integer indicator,
        @Schema(description = "Quantitative indicators: the actual value, in the target's unit. It may be negative: an "
                + "indicator can measure a change (增长率, 降低率: a cost that fell by 5 % is -5), so only its size is "
                + "bounded, at most 15 integer digits and 4 decimals.", example = "46")
        @Digits(integer = TargetLimits.MONEY_DIGITS, fraction = 4) BigDecimal actual,
        @Schema(description = "Qualitative indicators: ACHIEVED 达成, PARTLY_ACHIEVED 部分达成 or NOT_ACHIEVED 未达成.",
                example = "ACHIEVED") QualitativeGrade grade,
        @Schema(description = "Qualitative: the evaluator's percentage of the weight, inside the grade's band, 0 to 100; "
                + "the band's top when absent.", example = "90")
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal gradePercent,
        @Schema(description = "Whether the indicator applies this year; a non-applicable one is left out and the total "
                + "rescaled.", example = "true") Boolean applicable,
        @Schema(description = "偏差原因分析及改进措施, for an indicator not fully met.")
        @Size(max = TargetLimits.NOTE) String deviationReason) {
}
