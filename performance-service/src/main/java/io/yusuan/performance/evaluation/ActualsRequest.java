package io.yusuan.performance.evaluation;

import io.yusuan.performance.target.TargetLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actuals", description = "Actual values of a target's indicators for a period.")
public record ActualsRequest(
        @Schema(description = "MONITORING 绩效监控 or SELF_EVALUATION 绩效自评.", example = "SELF_EVALUATION") @NotNull Period period,
        @Schema(description = "The date the values are as of: in the fiscal year or the year after it (a self-evaluation "
                + "is made in the following spring).", example = "2022-12-31", maxLength = 10) @NotNull LocalDate asOf,
        @Schema(description = "预算执行数 in yuan (self-evaluation): money spent, never negative.", example = "196000.00")
        @DecimalMin("0") @Digits(integer = TargetLimits.MONEY_DIGITS, fraction = 2) BigDecimal executed,
        @Schema(description = "Tier weights of this evaluation (产出, 效益, 满意度, 预算执行率; total 100); "
                + "50/30/10/10 when absent (财预〔2020〕10号).") @Valid Weights weights,
        @Schema(description = "One entry per indicator reported.")
        @NotNull @Size(max = TargetLimits.INDICATORS) List<@Valid @NotNull IndicatorActual> indicators) {

    @Schema(name = "TierWeights", description = "Weights of the 一级 tiers in a self-evaluation, out of 100, each 0 to 100 "
            + "with at most 2 decimals.")
    public record Weights(
            @Schema(description = "产出指标.", example = "50") @NotNull @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 2) BigDecimal output,
            @Schema(description = "效益指标.", example = "30") @NotNull @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 2) BigDecimal benefit,
            @Schema(description = "满意度指标.", example = "10") @NotNull @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 2) BigDecimal satisfaction,
            @Schema(description = "预算执行率.", example = "10") @NotNull @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 2) BigDecimal budgetExecution) {
    }
}
