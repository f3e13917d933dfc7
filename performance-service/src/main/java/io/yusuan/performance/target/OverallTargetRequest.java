package io.yusuan.performance.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverallTarget", description = "The department's overall performance target (部门（单位）整体绩效目标). "
        + "Its 预算情况 is never typed in: it comes from budget-service's published budget.")
public record OverallTargetRequest(
        @Schema(description = "年度履职目标.", example = "加强统筹协调，深化“放管服”改革，提升行政效能和政务服务水平。")
        @NotBlank @Size(max = TargetLimits.FREE_TEXT) String annualGoal,
        @Schema(description = "年度主要任务.")
        @NotNull @Size(max = TargetLimits.TASKS) List<@Valid @NotNull TaskInput> tasks,
        @Schema(description = "The indicators.")
        @NotNull @Size(max = TargetLimits.INDICATORS) List<@Valid @NotNull IndicatorInput> indicators,
        @Schema(description = "部门预算总额 as the office wrote it, in yuan, if it did: checked against budget-service's.",
                example = "1730700.00")
        @DecimalMin("0") @Digits(integer = TargetLimits.MONEY_DIGITS, fraction = 2) BigDecimal declaredBudgetTotal) {
}
