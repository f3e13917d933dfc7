package io.yusuan.catalog.code;

import java.util.Arrays;
import java.util.Optional;

/** A level of a classification scheme, from the top. */
public enum Level {
    /** 类 */
    CATEGORY(1, "类"),
    /** 款 */
    SECTION(2, "款"),
    /** 项 */
    ITEM(3, "项");

    private final int depth;
    private final String chineseName;

    Level(int depth, String chineseName) {
        this.depth = depth;
        this.chineseName = chineseName;
    }

    /** 1 for 类, 2 for 款, 3 for 项. */
    public int depth() {
        return depth;
    }

    /** 类, 款 or 项, as the CSV files and the printed tables name it. */
    public String chineseName() {
        return chineseName;
    }

    public static Level ofDepth(int depth) {
        return values()[depth - 1];
    }

    public static Optional<Level> ofChineseName(String name) {
        return Arrays.stream(values()).filter(l -> l.chineseName.equals(name)).findFirst();
    }
}
