package io.yusuan.catalog.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three levels of 行政区划 that catalog-service keeps, each with the length of its canonical code. */
@Schema(name = "RegionLevel", description = "Level of an administrative division: PROVINCE 省级, PREFECTURE 地级, COUNTY 县级.")
public enum RegionLevel {
    /** 省级: 省, 自治区, 直辖市, 特别行政区; 2 digits. */
    PROVINCE(2),
    /** 地级: 地级市, 地区, 自治州, 盟; 4 digits. */
    PREFECTURE(4),
    /** 县级: 市辖区, 县级市, 县, 自治县, 旗, 自治旗, 特区, 林区; 6 digits. */
    COUNTY(6);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level of a canonical code, by its length. */
    public static RegionLevel ofCode(String code) {
        for (RegionLevel level : values()) {
            if (level.codeLength == code.length()) {
                return level;
            }
        }
        throw new IllegalArgumentException(code + " is not a canonical region code");
    }
}
