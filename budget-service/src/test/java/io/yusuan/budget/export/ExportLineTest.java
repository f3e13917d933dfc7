package io.yusuan.budget.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportLineTest {

    private static final Instant PUBLISHED = Instant.parse("2022-02-18T08:30:00Z");
    private static final String BUREAU = "河南省洛阳市瀍河回族区政务服务和大数据管理局";

    /** The source document's 基本工资 line. */
    private static final ExportLine SALARIES = new ExportLine("410304", "洛阳市瀍河回族区", "141", BUREAU, 2022, 1, PUBLISHED,
            "EXPENDITURE", 2, "141001", BUREAU, "ADMINISTRATIVE", "2010301", "行政运行", "BASIC", "PERSONNEL", null, null,
            null, "30101", "基本工资", "50101", "工资奖金津补贴", null, "GENERAL_PUBLIC_BUDGET", false, new BigDecimal("334600.00"));

    private static final ExportLine REVENUE = new ExportLine("410304", "洛阳市瀍河回族区", "141", BUREAU, 2022, 1, PUBLISHED,
            "REVENUE", 0, "141001", BUREAU, "ADMINISTRATIVE", null, null, null, null, null, null, null, null, null, null,
            null, "FISCAL_GENERAL_PUBLIC", null, null, new BigDecimal("1730700.5"));

    private static String json(ExportLine line) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            line.writeJson(json);
        }
        return out.toString();
    }

    @Test
    void anExpenditureLineIsOneJsonObjectWithEveryKeyInTheColumnOrder() throws IOException {
        assertThat(json(SALARIES)).isEqualTo("{\"region\":\"410304\",\"regionName\":\"洛阳市瀍河回族区\",\"department\":\"141\","
                + "\"departmentName\":\"" + BUREAU + "\",\"year\":2022,\"version\":1,\"publishedAt\":\"2022-02-18T08:30:00Z\","
                + "\"flow\":\"EXPENDITURE\",\"lineNo\":2,\"unit\":\"141001\",\"unitName\":\"" + BUREAU + "\","
                + "\"unitType\":\"ADMINISTRATIVE\",\"functionCode\":\"2010301\",\"functionName\":\"行政运行\",\"kind\":\"BASIC\","
                + "\"category\":\"PERSONNEL\",\"project\":null,\"projectName\":null,\"projectCategory\":null,"
                + "\"economicCode\":\"30101\",\"economicName\":\"基本工资\",\"governmentEconomicCode\":\"50101\","
                + "\"governmentEconomicName\":\"工资奖金津补贴\",\"revenueSource\":null,\"fund\":\"GENERAL_PUBLIC_BUDGET\","
                + "\"carryover\":false,\"amount\":334600.00}");
    }

    @Test
    void aRevenueLineHasTheSameKeysNullWhereTheyDoNotApplyAndTheAmountInCents() throws IOException {
        JsonNode revenue = new ObjectMapper().readTree(json(REVENUE));
        assertThat(revenue.fieldNames()).toIterable().containsExactlyElementsOf(ExportLine.COLUMNS);
        assertThat(revenue.get("functionCode").isNull()).isTrue();
        assertThat(revenue.get("carryover").isNull()).isTrue();
        assertThat(revenue.get("revenueSource").asText()).isEqualTo("FISCAL_GENERAL_PUBLIC");
        assertThat(json(REVENUE)).endsWith("\"amount\":1730700.50}");
    }

    @Test
    void aCsvRowHasTheSameFieldsEmptyWhereNullAndAmountsWithTwoDecimals() {
        assertThat(ExportLine.COLUMNS).hasSize(27).startsWith("region", "regionName").endsWith("carryover", "amount");
        assertThat(SALARIES.csvRow()).containsExactly("410304", "洛阳市瀍河回族区", "141", BUREAU, "2022", "1",
                "2022-02-18T08:30:00Z", "EXPENDITURE", "2", "141001", BUREAU, "ADMINISTRATIVE", "2010301", "行政运行", "BASIC",
                "PERSONNEL", "", "", "", "30101", "基本工资", "50101", "工资奖金津补贴", "", "GENERAL_PUBLIC_BUDGET", "false",
                "334600.00");
        assertThat(REVENUE.csvRow()).endsWith("FISCAL_GENERAL_PUBLIC", "", "", "1730700.50");
    }
}
