package io.yusuan.budget.load;

/** Where a unit's revenue comes from (收入来源). */
public enum RevenueSource {
    /** 一般公共预算拨款 */
    FISCAL_GENERAL_PUBLIC,
    /** 政府性基金预算拨款 */
    FISCAL_GOVERNMENT_FUND,
    /** 国有资本经营预算拨款 */
    FISCAL_STATE_CAPITAL,
    /** 财政专户管理资金收入 */
    SPECIAL_ACCOUNT,
    /** 事业收入 */
    OPERATING,
    /** 事业单位经营收入 */
    BUSINESS,
    /** 上级补助收入 */
    HIGHER_LEVEL_SUBSIDY,
    /** 附属单位上缴收入 */
    SUBORDINATE_REMITTANCE,
    /** 其他收入 */
    OTHER,
    /** 用事业基金弥补收支差额 */
    INSTITUTION_FUND,
    /** 上年结转结余 (with the fund it was carried in) */
    CARRYOVER
}
