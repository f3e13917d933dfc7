package io.yusuan.catalog.load;

import io.yusuan.catalog.code.BasicCategory;
import io.yusuan.catalog.code.Level;
import io.yusuan.catalog.code.ThreePublicPart;

/**
 * One row of a code-list CSV file, as read: the rules in {@link CodeListRules} decide whether the
 * list it belongs to can be loaded.
 *
 * @param line the row's line number in the file (the header is line 1)
 * @param parent the parent's code, or null for a 类
 * @param basicCategory 人员/公用经费, department economic codes only; else null
 * @param threePublicPart the 三公 part, department economic codes only; else null
 */
public record CodeRow(int line, String code, Level level, String parent, String name, String nameEn,
        String provenance, BasicCategory basicCategory, ThreePublicPart threePublicPart) {

    public static final String PROVISIONAL = "provisional";

    public boolean provisional() {
        return PROVISIONAL.equals(provenance);
    }
}
