package io.yusuan.budget.load;

/** The budget an expenditure is paid from (资金来源). */
public enum Fund {
    /** 一般公共预算 */
    GENERAL_PUBLIC_BUDGET,
    /** 政府性基金预算 */
    GOVERNMENT_FUND,
    /** 国有资本经营预算 */
    STATE_CAPITAL,
    /** 财政专户管理资金 */
    SPECIAL_ACCOUNT,
    /** 单位资金 */
    UNIT_FUNDS;

    /** 财政拨款: the three budgets the finance bureau appropriates. */
    public boolean fiscal() {
        return this == GENERAL_PUBLIC_BUDGET || this == GOVERNMENT_FUND || this == STATE_CAPITAL;
    }
}
