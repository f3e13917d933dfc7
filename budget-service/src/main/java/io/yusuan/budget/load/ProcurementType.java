package io.yusuan.budget.load;

/** 政府采购 by what is bought. */
public enum ProcurementType {
    /** 货物 */
    GOODS,
    /** 工程 */
    WORKS,
    /** 服务 */
    SERVICES
}
