package io.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yusuan.budget.version.VersionStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Table", description = "A standard disclosure table, laid out as the template prints it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableView(
        @Schema(description = "Table number.", example = "05") String number,
        @Schema(description = "The template's title.", example = "一般公共预算支出预算表") String title,
        @Schema(description = "English title.", example = "General public budget expenditure") String titleEn,
        @Schema(description = "Department (部门名称) as the table header prints it.",
                example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String departmentName,
        @Schema(description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(description = "The version the table is of.", example = "1") int version,
        @Schema(description = "The version's status.", example = "PUBLISHED") VersionStatus status,
        @Schema(description = "金额单位: 万元 (two decimals, rounded once from exact yuan) or 元.", example = "万元") String unit,
        @Schema(description = "The table's blocks: one for most tables, 收入 and 支出 for 01 and 04.") List<SectionView> sections,
        @Schema(description = "Whether the table has no data.", example = "false") boolean empty,
        @Schema(description = "The template's note, printed when the table has no data.",
                example = "注：区政务服务和大数据管理局 2022 年无政府性基金预算拨款安排的支出，故此表无数据。") String note) {

    @Schema(name = "TableSection", description = "A block of a table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(
            @Schema(description = "revenue, expenditure or rows.", example = "rows") String key,
            @Schema(description = "The block's title in the template.", example = "收入") String title,
            @Schema(description = "The columns, in the template's order.") List<ColumnView> columns,
            @Schema(description = "The rows: 类 before its 款 before its 项, each with its subtotal.") List<RowView> rows,
            @Schema(description = "The total row (合计).") Map<String, BigDecimal> total,
            @Schema(description = "For revenue by source: 本年收入合计 (thisYear), without 上年结转结余.")
            Map<String, BigDecimal> thisYear) {
    }

    @Schema(name = "TableColumn", description = "A column of a table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ColumnView(
            @Schema(description = "Key of the column in each row's values.", example = "personnel") String key,
            @Schema(description = "The template's header.", example = "人员经费") String header,
            @Schema(description = "The header above it, where the template groups columns.", example = "基本支出") String group) {
    }

    @Schema(name = "TableRow", description = "A row of a table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowView(
            @Schema(description = "Code: functional or economic code, unit or project code, or revenue source.",
                    example = "2010301") String code,
            @Schema(description = "Name, as the catalog names the code for the year.", example = "行政运行") String name,
            @Schema(description = "1 类 (or unit), 2 款 (or project), 3 项.", example = "3") int level,
            @Schema(description = "Table 06: the government economic code the department economic 款 is paired with.",
                    example = "50101") String governmentCode,
            @Schema(description = "Its name.", example = "工资奖金津补贴") String governmentName,
            @Schema(description = "Table 11: the project's category (类型).", example = "其他运转类") String category,
            @Schema(description = "The amounts by column key.") Map<String, BigDecimal> values) {
    }
}
