package io.yusuan.budget.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RankedDepartment", description = "A department's budget in a region's ranking: the figures of its latest "
        + "published version, in yuan.")
public record RankedDepartment(
        @Schema(description = "The department's region.") RegionRef region,
        @Schema(description = "The department.") DepartmentRef department,
        @Schema(minimum = "1", maximum = "9999", description = "The version counted: the budget's latest published.",
                example = "2") int version,
        @Schema(maxLength = 64, description = "When that version was published, ISO-8601 with offset.",
                example = "2022-02-18T08:30:00Z") OffsetDateTime publishedAt,
        @Schema(maxLength = 10, nullable = true, description = "Its approval date (批复日期).", example = "2022-02-01")
        LocalDate approvalDate,
        @Schema(nullable = true, description = "Whether it was published within 20 days of its approval (公开时限); null "
                + "without an approval date.", example = "true") Boolean publishedOnTime,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "收入总计.", example = "1730700.00")
        BigDecimal totalRevenue,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "支出总计.", example = "1730700.00")
        BigDecimal totalExpenditure,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "基本支出.", example = "1346700.00")
        BigDecimal basicExpenditure,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "项目支出.", example = "384000.00")
        BigDecimal projectExpenditure,
        @Schema(minimum = "0", maximum = "1", nullable = true, description = "基本支出 / 支出总计, four decimals; null when "
                + "the total is 0.", example = "0.7781") BigDecimal basicShare,
        @Schema(minimum = "0", maximum = "1", nullable = true, description = "项目支出 / 支出总计, four decimals; null when "
                + "the total is 0.", example = "0.2219") BigDecimal projectShare,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "一般公共预算 expenditure (table 05's total).",
                example = "1730700.00") BigDecimal generalPublicBudgetExpenditure,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "政府性基金预算 expenditure (table 09's total).",
                example = "0.00") BigDecimal governmentFundExpenditure,
        @Schema(minimum = "0", maximum = "9999999999999999.99", description = "“三公”经费 this year (table 08's total).",
                example = "12000.00") BigDecimal threePublic,
        @Schema(minimum = "0", maximum = "9999999999999999.99", nullable = true, description = "“三公”经费 of the prior year "
                + "as the package states it (priorYear.threePublicCosts.total); null if it states none.",
                example = "15000.00") BigDecimal threePublicPriorYear,
        @Schema(minimum = "-9999999999999999.99", maximum = "9999999999999999.99", nullable = true,
                description = "threePublic − threePublicPriorYear; null without a prior-year figure.", example = "-3000.00")
        BigDecimal threePublicChange,
        @Schema(maxLength = 256, description = "The department's budget.",
                example = "/api/v1/regions/410304/departments/141/budgets/2022") String href) {

    @Schema(name = "DepartmentRef", description = "A department (一级预算单位).")
    public record DepartmentRef(
            @Schema(maxLength = 20, description = "Department code (部门编码).", example = "141") String code,
            @Schema(maxLength = 200, description = "Its name as the version counted states it.",
                    example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String name) {
    }
}
