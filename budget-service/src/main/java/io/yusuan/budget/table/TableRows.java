package io.yusuan.budget.table;

import java.util.List;
import java.util.Map;

/** Names of row codes that are not classification codes. */
final class TableRows {

    /** The row of lines that carry no code of the dimension (a project line without economic code). */
    static final String NONE = "none";

    /** Revenue sources in the template's order, with the template's names. */
    static final List<Map.Entry<String, String>> REVENUE_SOURCES = List.of(
            Map.entry("FISCAL_GENERAL_PUBLIC", "一般公共预算拨款收入"),
            Map.entry("FISCAL_GOVERNMENT_FUND", "政府性基金预算拨款收入"),
            Map.entry("FISCAL_STATE_CAPITAL", "国有资本经营预算拨款收入"),
            Map.entry("SPECIAL_ACCOUNT", "财政专户管理资金收入"),
            Map.entry("OPERATING", "事业收入"),
            Map.entry("BUSINESS", "事业单位经营收入"),
            Map.entry("HIGHER_LEVEL_SUBSIDY", "上级补助收入"),
            Map.entry("SUBORDINATE_REMITTANCE", "附属单位上缴收入"),
            Map.entry("OTHER", "其他收入"),
            Map.entry("INSTITUTION_FUND", "用事业基金弥补收支差额"),
            Map.entry("CARRYOVER", "上年结转结余"));

    static final Map<String, String> PROJECT_CATEGORIES = Map.of(
            "OTHER_OPERATING", "其他运转类", "SPECIFIC_PURPOSE", "特定目标类");

    private TableRows() {
    }
}
