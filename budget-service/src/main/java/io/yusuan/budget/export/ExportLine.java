package io.yusuan.budget.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One expenditure (支出) or revenue (收入) line of a published budget version, with every code's name: a record of
 * the bulk export. NDJSON and CSV carry the same fields in the same order ({@link #COLUMNS}); an absent value is
 * JSON null or an empty CSV field, so every record has one shape.
 */
@Schema(name = "ExportLine", description = "One line of a published budget version, every code with its name. In NDJSON "
        + "one such object per line, every key always present (null where a value does not apply); in CSV the same "
        + "fields as columns, in this order, empty where null.")
public record ExportLine(
        @Schema(maxLength = 6, required = true, description = "6-digit fiscal division code (财政区划).", example = "410304") String region,
        @Schema(maxLength = 200, required = true, description = "The division's name as the version prints it.", example = "洛阳市瀍河回族区") String regionName,
        @Schema(maxLength = 20, required = true, description = "Department code.", example = "141") String department,
        @Schema(maxLength = 200, required = true, description = "Department name (部门名称) as the version prints it.",
                example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String departmentName,
        @Schema(minimum = "2000", maximum = "2099", required = true, description = "Fiscal year.", example = "2022") int year,
        @Schema(minimum = "1", maximum = "9999", required = true, description = "The published version the line is of.", example = "1") int version,
        @Schema(maxLength = 35, required = true, description = "When that version was published.", example = "2022-02-18T08:30:00Z") Instant publishedAt,
        @Schema(required = true, description = "EXPENDITURE (支出) or REVENUE (收入).", example = "EXPENDITURE",
                enumeration = {"EXPENDITURE", "REVENUE"}) String flow,
        @Schema(minimum = "0", maximum = "100000", required = true, description = "Position of the line among the version's lines of its flow, from 0 (the package's order).",
                example = "2") int lineNo,
        @Schema(maxLength = 32, required = true, description = "Unit code (单位).", example = "141001") String unit,
        @Schema(maxLength = 200, required = true, description = "Unit name.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") String unitName,
        @Schema(required = true, description = "Unit type.", example = "ADMINISTRATIVE",
                enumeration = {"ADMINISTRATIVE", "CIVIL_SERVICE_MANAGED", "PUBLIC_INSTITUTION", "OTHER"}) String unitType,
        @Schema(maxLength = 32, required = true, description = "7-digit functional code (功能分类科目); expenditure lines.", example = "2010301",
                nullable = true) String functionCode,
        @Schema(maxLength = 200, required = true, description = "Its name in the fiscal year's classification.", example = "行政运行", nullable = true)
        String functionName,
        @Schema(maxLength = 32, required = true, description = "BASIC (基本支出) or PROJECT (项目支出); expenditure lines.", example = "BASIC",
                nullable = true) String kind,
        @Schema(maxLength = 200, required = true, description = "PERSONNEL (人员经费) or PUBLIC (公用经费); BASIC lines.", example = "PERSONNEL",
                nullable = true) String category,
        @Schema(maxLength = 32, required = true, description = "Project code; PROJECT lines.", example = "410304220000000006846", nullable = true)
        String project,
        @Schema(maxLength = 200, required = true, description = "Project name.", example = "政务服务工作经费", nullable = true) String projectName,
        @Schema(maxLength = 200, required = true, description = "OTHER_OPERATING (其他运转类) or SPECIFIC_PURPOSE (特定目标类).", example = "OTHER_OPERATING",
                nullable = true) String projectCategory,
        @Schema(maxLength = 32, required = true, description = "Department economic code (部门预算支出经济分类).", example = "30101", nullable = true)
        String economicCode,
        @Schema(maxLength = 200, required = true, description = "Its name.", example = "基本工资", nullable = true) String economicName,
        @Schema(maxLength = 32, required = true, description = "Government economic code (政府预算支出经济分类).", example = "50101", nullable = true)
        String governmentEconomicCode,
        @Schema(maxLength = 200, required = true, description = "Its name.", example = "工资奖金津补贴", nullable = true) String governmentEconomicName,
        @Schema(maxLength = 200, required = true, description = "Revenue source (收入来源); revenue lines.", example = "FISCAL_GENERAL_PUBLIC", nullable = true)
        String revenueSource,
        @Schema(maxLength = 32, required = true, description = "Fund (资金来源): always on expenditure lines; on revenue lines where the package names one.",
                example = "GENERAL_PUBLIC_BUDGET", nullable = true) String fund,
        @Schema(required = true, description = "Whether paid from last year's carry-over (上年结转); expenditure lines.", example = "false",
                nullable = true) Boolean carryover,
        @Schema(required = true, description = "Amount in yuan, 2 decimals.", example = "334600.00") BigDecimal amount) {

    /** The field names, in the order of NDJSON keys and CSV columns. */
    public static final List<String> COLUMNS = Arrays.stream(ExportLine.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    /** The values, in the order of {@link #COLUMNS}. */
    List<Object> values() {
        return Arrays.asList(region, regionName, department, departmentName, year, version, publishedAt, flow, lineNo,
                unit, unitName, unitType, functionCode, functionName, kind, category, project, projectName,
                projectCategory, economicCode, economicName, governmentEconomicCode, governmentEconomicName,
                revenueSource, fund, carryover, amount);
    }

    /** One JSON object, every key present; the caller ends the NDJSON line. */
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        List<Object> values = values();
        for (int i = 0; i < COLUMNS.size(); i++) {
            json.writeFieldName(COLUMNS.get(i));
            Object value = values.get(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal decimal) {
                json.writeNumber(cents(decimal));
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    /** The CSV fields: empty for null, amounts as {@code 1234.50}, instants in ISO-8601. */
    public List<String> csvRow() {
        List<String> row = new ArrayList<>(COLUMNS.size());
        for (Object value : values()) {
            row.add(value == null ? "" : value instanceof BigDecimal decimal ? cents(decimal).toPlainString() : value.toString());
        }
        return row;
    }

    private static BigDecimal cents(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY);
    }
}
