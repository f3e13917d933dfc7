package io.yusuan.performance.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the export: an indicator of a target, with the target it belongs to and the latest actuals reported
 * against it. NDJSON and CSV both write {@link #values()} under {@link #COLUMNS}, so they never disagree on a field.
 */
@Schema(name = "TargetExportLine", description = "A line of the export (one NDJSON object, or one CSV row with these "
        + "columns in this order): an indicator of a target, every key present, null where absent.")
public record ExportRecord(
        @Schema(description = "Fiscal division code.", example = "410304", maxLength = 6) String region,
        @Schema(description = "Department code.", example = "141", maxLength = 20) String department,
        @Schema(description = "部门（单位）名称.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", maxLength = 200) String departmentName,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int year,
        @Schema(description = "OVERALL 部门整体绩效目标 or PROJECT 项目绩效目标.", example = "PROJECT", maxLength = 7) String scope,
        @Schema(description = "Project code; null for the overall target.", example = "410304220000000006846", nullable = true, maxLength = 21)
        String projectCode,
        @Schema(description = "Project name.", example = "政务服务工作经费", nullable = true, maxLength = 200) String projectName,
        @Schema(description = "单位编码 of the project's unit.", example = "141001", nullable = true, maxLength = 32) String unitCode,
        @Schema(description = "实施单位.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局", nullable = true, maxLength = 200) String unitName,
        @Schema(description = "The target's revision (how many times it was written).", example = "1", minimum = "1", maximum = "2147483647") int revision,
        @Schema(description = "When the target was last written, ISO instant.", example = "2022-03-01T08:00:00Z",
                format = "date-time", maxLength = 35) String updatedAt,
        @Schema(description = "The indicator's position in its target, from 0, as actuals number it.", example = "1", minimum = "0", maximum = "199")
        int indicatorNo,
        @Schema(description = "一级指标.", example = "产出指标", maxLength = 200) String tier1,
        @Schema(description = "二级指标.", example = "数量指标", nullable = true, maxLength = 200) String tier2,
        @Schema(description = "三级指标: the indicator's name.", example = "服务窗口数量", maxLength = 200) String indicator,
        @Schema(description = "指标值 exactly as written.", example = "46 个", maxLength = 200) String target,
        @Schema(description = "指标值 rewritten cleanly.", example = "46 个", nullable = true, maxLength = 200) String normalised,
        @Schema(description = "QUANTITATIVE 定量 or QUALITATIVE 定性.", example = "QUANTITATIVE", maxLength = 12) String kind,
        @Schema(description = "The comparison of a quantitative target: GREATER_OR_EQUAL, LESS_OR_EQUAL, GREATER, LESS, "
                + "EQUAL or BETWEEN.", example = "EQUAL", nullable = true, maxLength = 16) String operator,
        @Schema(description = "Its number (the lower end of a range).", example = "46", nullable = true) BigDecimal value,
        @Schema(description = "The upper end of a range.", nullable = true) BigDecimal upperValue,
        @Schema(description = "Its unit, normalised.", example = "个", nullable = true, maxLength = 200) String unit,
        @Schema(description = "分值 as written; null for an even share of the tier.", example = "10", nullable = true)
        BigDecimal weight,
        @Schema(description = "Period of the latest actuals: MONITORING or SELF_EVALUATION; null when none.",
                example = "SELF_EVALUATION", nullable = true, maxLength = 15) String actualPeriod,
        @Schema(description = "The date they are as of.", example = "2022-12-31", format = "date", nullable = true, maxLength = 10)
        String actualAsOf,
        @Schema(description = "The actual value of a quantitative indicator.", example = "46", nullable = true)
        BigDecimal actual,
        @Schema(description = "The evaluator's grade of a qualitative one: ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED.",
                nullable = true, maxLength = 15) String grade,
        @Schema(description = "得分, where the actuals score (project targets).", example = "16.67", nullable = true)
        BigDecimal score,
        @Schema(description = "MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE, where they score.", example = "MET",
                nullable = true, maxLength = 14) String status) {

    /** The fields, in the order of the CSV's columns and of each NDJSON object's keys. */
    public static final List<String> COLUMNS = List.of("region", "department", "departmentName", "year", "scope",
            "projectCode", "projectName", "unitCode", "unitName", "revision", "updatedAt", "indicatorNo", "tier1", "tier2",
            "indicator", "target", "normalised", "kind", "operator", "value", "upperValue", "unit", "weight",
            "actualPeriod", "actualAsOf", "actual", "grade", "score", "status");

    /** The values under {@link #COLUMNS}; null where absent. */
    public List<Object> values() {
        return Arrays.asList(region, department, departmentName, year, scope, projectCode, projectName, unitCode, unitName,
                revision, updatedAt, indicatorNo, tier1, tier2, indicator, target, normalised, kind, operator, value,
                upperValue, unit, weight, actualPeriod, actualAsOf, actual, grade, score, status);
    }
}
