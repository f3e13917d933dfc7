package io.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yusuan.budget.version.VersionStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Table", description = "A standard disclosure table, laid out as the template prints it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableView(
        @Schema(maxLength = 2, description = "Table number.", example = "05") String number,
        @Schema(maxLength = 200, description = "The template's title.", example = "一般公共预算支出预算表") String title,
        @Schema(maxLength = 200, description = "English title.", example = "General public budget expenditure") String titleEn,
        @Schema(maxLength = 200, description = "Department (部门名称) as the table header prints it; on a region's roll-up, "
                + "the region's name.",
                example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String departmentName,
        @Schema(minimum = "2000", maximum = "2099", description = "Fiscal year.", example = "2022") int fiscalYear,
        @Schema(minimum = "1", maximum = "9999", description = "The version the table is of; absent on a region's roll-up, "
                + "which sums the latest published version of each of its budgets.", example = "1") Integer version,
        @Schema(description = "The version's status.", example = "PUBLISHED") VersionStatus status,
        @Schema(maxLength = 32, description = "金额单位: 万元 (two decimals, rounded once from exact yuan) or 元.", example = "万元") String unit,
        @Schema(maxItems = 10, description = "The table's blocks: one for most tables, 收入 and 支出 for 01 and 04.") List<SectionView> sections,
        @Schema(description = "Whether the table has no data.", example = "false") boolean empty,
        @Schema(maxLength = 2000, description = "The template's note, printed when the table has no data.",
                example = "注：区政务服务和大数据管理局 2022 年无政府性基金预算拨款安排的支出，故此表无数据") String note,
        @Schema(maxLength = 200, description = "The title as printed over the table (without the year), where the source document prints "
                + "it differently from the contents' `title`.", example = "政府性基金支出预算表") String printedTitle,
        @Schema(description = "Whether the source document prints this table. 02 and 07 are in its contents but not "
                + "printed; they are served all the same.", example = "true") boolean printedInSource,
        @Schema(maxLength = 2000, description = "For a table the source document does not print: says so.",
                example = "本表列于部门预算公开目录，源文件未印出；按模板口径编制。") String sourceNote,
        @Schema(maxItems = 100, description = "Every note printed under the table, in order: 08's definition of the 三公经费 whatever its "
                + "figures, then the no-data note.",
                example = "[\"注：区政务服务和大数据管理局 2022 年无三公经费安排的支出，故此表无数据。\"]") List<@Size(max = 2000) String> notes,
        @Schema(description = "The table as the template prints it: its columns with their header groups, the header "
                + "grid, and its rows in print order with their printed labels. CSV and XLSX render exactly this.")
        PrintedView printed) {

    @Schema(name = "TableSection", description = "A block of a table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(
            @Schema(maxLength = 64, description = "revenue, expenditure or rows.", example = "rows") String key,
            @Schema(maxLength = 200, description = "The block's title in the template.", example = "收入") String title,
            @Schema(maxItems = 1000, description = "The columns, in the template's order.") List<ColumnView> columns,
            @Schema(maxItems = 100000, description = "The rows: 类 before its 款 before its 项, each with its subtotal.") List<RowView> rows,
            @Schema(description = "The total row (合计).") Map<String, BigDecimal> total,
            @Schema(description = "For revenue by source: 本年收入合计 (thisYear), without 上年结转结余.")
            Map<String, BigDecimal> thisYear) {
    }

    @Schema(name = "TableColumn", description = "A column of a table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ColumnView(
            @Schema(maxLength = 64, description = "Key of the column in each row's values.", example = "personnel") String key,
            @Schema(maxLength = 200, description = "The template's header.", example = "人员经费") String header,
            @Schema(maxLength = 200, description = "The header above it, where the template groups columns.", example = "基本支出") String group,
            @Schema(maxItems = 10, description = "Every header above the column, outermost first, then its own.",
                    example = "[\"基本支出\", \"人员经费\", \"工资福利支出\"]") List<@Size(max = 200) String> path) {
    }

    @Schema(name = "PrintedTable", description = "A table as the template prints it, cell by cell.")
    public record PrintedView(
            @Schema(maxItems = 1000, description = "The printed columns, left to right: text columns (codes, names) and amount columns.")
            List<PrintedColumnView> columns,
            @Schema(maxItems = 100000, description = "The header's cells, row by row, each spanning columns and rows as printed.")
            List<HeaderCellView> header,
            @Schema(maxItems = 100000, description = "The body rows, top to bottom, 合计 where the template prints it.")
            List<PrintedRowView> rows) {
    }

    @Schema(name = "PrintedColumn", description = "A column of the printed table.")
    public record PrintedColumnView(
            @Schema(maxLength = 64, description = "Key of the column in each printed row's texts or amounts.", example = "personnelWages")
            String key,
            @Schema(maxLength = 32, description = "The section it belongs to (revenue or expenditure on 01 and 04's two sides, else rows); "
                    + "an amount's row label is the texts of its own side.", example = "rows") String side,
            @Schema(maxItems = 10, description = "Its headers, outermost first (a two-sided table's first is 收入 or 支出).",
                    example = "[\"基本支出\", \"人员经费\", \"工资福利支出\"]") List<@Size(max = 200) String> path,
            @Schema(description = "Whether it holds amounts (else text).", example = "true") boolean amount) {
    }

    @Schema(name = "HeaderCell", description = "A cell of the printed header, merged over columns and rows as printed.")
    public record HeaderCellView(
            @Schema(maxLength = 2000, description = "Its text.", example = "基本支出") String text,
            @Schema(minimum = "0", maximum = "1000", description = "The header row it starts in, from 0.", example = "0") int row,
            @Schema(minimum = "0", maximum = "1000", description = "The first column it covers, from 0.", example = "6") int column,
            @Schema(minimum = "1", maximum = "1000", description = "How many columns it covers.", example = "5") int columnSpan,
            @Schema(minimum = "1", maximum = "1000", description = "How many header rows it covers.", example = "1") int rowSpan) {
    }

    @Schema(name = "PrintedRow", description = "A row of the printed table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrintedRowView(
            @Schema(description = "TOTAL (合计, 收入总计), SUBTOTAL (本年收入合计, 上年结转结余), UNIT_SUBTOTAL (a unit's row "
                    + "before its own), CATEGORY (a 类), ITEM (a 项 or 款), PROJECT, or LINE (a row of a two-sided table).",
                    enumeration = {"TOTAL", "SUBTOTAL", "UNIT_SUBTOTAL", "CATEGORY", "ITEM", "PROJECT", "LINE"}, example = "UNIT_SUBTOTAL") String kind,
            @Schema(maxLength = 200, description = "The row's label as printed (its name, or 合计).",
                    example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String label,
            @Schema(description = "Its text cells by column key; a column it has no text in is absent.",
                    example = "{\"unitCode\": \"141001\", \"name\": \"河南省洛阳市瀍河回族区政务服务和大数据管理局\"}")
            Map<String, @Size(max = 2000) String> texts,
            @Schema(description = "Its amounts by column key; a cell the template leaves blank (a side with no row) is "
                    + "absent, a figure of nothing is 0.00.", example = "{\"total\": 173.07, \"basic\": 134.67}")
            Map<String, BigDecimal> amounts) {
    }

    @Schema(name = "TableRow", description = "A row of a table.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowView(
            @Schema(maxLength = 32, description = "Code: functional or economic code, unit or project code, or revenue source.",
                    example = "2010301") String code,
            @Schema(maxLength = 200, description = "Name, as the catalog names the code for the year.", example = "行政运行") String name,
            @Schema(minimum = "1", maximum = "3", description = "1 类 (or unit), 2 款 (or project), 3 项.", example = "3") int level,
            @Schema(maxLength = 32, description = "Table 06: the government economic code the department economic 款 is paired with.",
                    example = "50101") String governmentCode,
            @Schema(maxLength = 200, description = "Its name.", example = "工资奖金津补贴") String governmentName,
            @Schema(maxLength = 200, description = "Table 11: the project's category (类型).", example = "其他运转类") String category,
            @Schema(description = "The amounts by column key.") Map<String, BigDecimal> values) {
    }
}
