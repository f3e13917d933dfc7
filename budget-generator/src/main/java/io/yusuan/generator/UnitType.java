package io.yusuan.generator;

/** A budget unit's type, as the package format names it, and the 对照表 column its economic codes are paired in. */
public enum UnitType {
    /** 行政单位 */
    ADMINISTRATIVE("ADMINISTRATIVE"),
    /** 参公事业单位: paired as an administrative unit */
    CIVIL_SERVICE_MANAGED("ADMINISTRATIVE"),
    /** 事业单位 */
    PUBLIC_INSTITUTION("INSTITUTION"),
    /** other units: paired as an institution */
    OTHER("INSTITUTION");

    private final String column;

    UnitType(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    boolean administrative() {
        return column.equals("ADMINISTRATIVE");
    }
}
