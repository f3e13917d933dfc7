package io.yusuan.performance.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PerformanceTarget", description = "A performance target as stored, with its 预算情况 from budget-service.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetView(
        @Schema(description = "Fiscal division code.", example = "410304", maxLength = 6) String region,
        @Schema(description = "Department code.", example = "141", maxLength = 20) String department,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int fiscalYear,
        @Schema(description = "OVERALL or PROJECT.", example = "PROJECT") Scope scope,
        @Schema(description = "Project code (PROJECT).", example = "410304220000000006846", maxLength = 21) String projectCode,
        @Schema(description = "Project name (PROJECT).", example = "政务服务工作经费", maxLength = 200) String projectName,
        @Schema(description = "单位编码 of the 实施单位 (PROJECT), from the published budget.", example = "141001", maxLength = 32) String unitCode,
        @Schema(description = "实施单位 (PROJECT).", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String unitName,
        @Schema(description = "部门（单位）名称.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String departmentName,
        @Schema(description = "年度履职目标 (OVERALL) or 年度绩效目标 (PROJECT).", example = "保证大厅的正常运转，不断提升服务质量", maxLength = TargetLimits.FREE_TEXT)
        String annualGoal,
        @Schema(description = "年度主要任务 (OVERALL).", maxItems = TargetLimits.TASKS) List<TaskInput> tasks,
        @Schema(description = "预算情况, from budget-service.") FundingView budget,
        @Schema(description = "The indicators, in the order written.", maxItems = TargetLimits.INDICATORS) List<Indicator> indicators,
        @Schema(description = "The target's consistency findings.", maxItems = 2000) List<TargetFinding> findings,
        @Schema(description = "How many times the target was written.", example = "1", minimum = "1", maximum = "2147483647") int revision,
        @Schema(description = "When it was last written.", maxLength = 35) OffsetDateTime updatedAt) {
}
