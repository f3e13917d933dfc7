package io.yusuan.catalog.code;

import java.util.List;

/**
 * The structure of a scheme's codes: how many digits a code has at each level.
 *
 * @param scheme the scheme id, e.g. {@code functional}
 * @param codeLengths digits at each level from the top, e.g. 3, 5, 7
 * @param economicDepartment whether codes carry 人员/公用 and 三公 attributes (部门预算支出经济分类)
 */
public record SchemeShape(String scheme, List<Integer> codeLengths, boolean economicDepartment) {

    public static final String ECONOMIC_DEPARTMENT = "economic-department";

    public SchemeShape(String scheme, List<Integer> codeLengths) {
        this(scheme, List.copyOf(codeLengths), ECONOMIC_DEPARTMENT.equals(scheme));
    }

    public int lengthAt(Level level) {
        return codeLengths.get(level.depth() - 1);
    }

    public boolean has(Level level) {
        return level.depth() <= codeLengths.size();
    }

    /** The deepest level, at which budgets are made (项 for functional codes, 款 for economic ones). */
    public Level deepest() {
        return Level.ofDepth(codeLengths.size());
    }

    /** The level whose codes have {@code length} digits, or null if none has. */
    public Level levelOfLength(int length) {
        int index = codeLengths.indexOf(length);
        return index < 0 ? null : Level.ofDepth(index + 1);
    }
}
