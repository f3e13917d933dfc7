package io.yusuan.performance.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectTarget", description = "A project's performance target (项目绩效目标); its amounts come from budget-service.")
public record ProjectTargetRequest(
        @Schema(description = "年度绩效目标.", example = "保证大厅的正常运转，不断提升服务质量")
        @NotBlank @Size(max = TargetLimits.FREE_TEXT) String annualGoal,
        @Schema(description = "The indicators.")
        @NotNull @Size(max = TargetLimits.INDICATORS) List<@Valid @NotNull IndicatorInput> indicators) {
}
