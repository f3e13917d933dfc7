package io.yusuan.catalog.code;

/** The part of 三公经费 a department economic code makes up. */
public enum ThreePublicPart {
    /** 因公出国（境）费用 */
    OUTBOUND,
    /** 公务接待费 */
    RECEPTION,
    /** 公务用车运行维护费 */
    VEHICLE_OPERATION,
    /** 公务用车购置费 */
    VEHICLE_PURCHASE
}
