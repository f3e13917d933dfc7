package io.yusuan.catalog.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's 对照表 as a relation, and the rule for judging a pair against it: listed for the unit's
 * column is a match; a government 类 the department 类 never corresponds to (in either column) is
 * incompatible; anything else is unlisted, a warning, because the table is known to hold more than one
 * code per department code in places and our copy of it may lack some. The classes are compared over
 * both columns, not the unit's own, because real budgets cross them: the source document codes an
 * administrative bureau's 30107 绩效工资 to 50501, the 事业单位 column's class, and must load.
 */
public final class CorrespondenceRelation {

    private final int year;
    private final Map<String, Set<String>> listed = new HashMap<>();
    private final Map<String, Set<String>> classes = new HashMap<>();

    /** @param rows every pair of the year; none when the year has no 对照表 */
    public CorrespondenceRelation(int year, List<EconomicCorrespondence> rows) {
        this.year = year;
        for (EconomicCorrespondence row : rows) {
            listed.computeIfAbsent(key(row.departmentCode(), row.unitColumn()), k -> new TreeSet<>()).add(row.governmentCode());
            classes.computeIfAbsent(classOf(row.departmentCode()), k -> new TreeSet<>()).add(classOf(row.governmentCode()));
        }
    }

    public PairVerdict judge(PairCheck pair) {
        String department = pair.departmentCode();
        String government = pair.governmentCode();
        List<String> expected = List.copyOf(listed.getOrDefault(key(department, pair.unitType().column()), Set.of()));
        if (expected.contains(government)) {
            return verdict(pair, PairStatus.MATCH, expected, null);
        }
        Set<String> corresponding = classes.get(classOf(department));
        if (classes.isEmpty()) {
            return verdict(pair, PairStatus.UNLISTED, expected, "this catalogue has no 对照表 for " + year);
        }
        if (corresponding == null) {
            return verdict(pair, PairStatus.UNLISTED, expected, "the " + year + " 对照表 of this catalogue lists no code of 类 "
                    + classOf(department));
        }
        if (!corresponding.contains(classOf(government))) {
            return verdict(pair, PairStatus.INCOMPATIBLE, expected, "类 " + classOf(department) + " corresponds only to 类 "
                    + String.join(", ", corresponding) + ", never to " + classOf(government));
        }
        return verdict(pair, PairStatus.UNLISTED, expected, expected.isEmpty()
                ? "the " + year + " 对照表 lists no government code for " + department + " in the " + column(pair) + " column"
                : "the " + year + " 对照表 gives " + String.join(" or ", expected) + " for " + department + " in the "
                        + column(pair) + " column");
    }

    private static PairVerdict verdict(PairCheck pair, PairStatus status, List<String> expected, String reason) {
        return new PairVerdict(pair.departmentCode(), pair.governmentCode(), pair.unitType(), status == PairStatus.MATCH,
                status, expected, reason);
    }

    private static String column(PairCheck pair) {
        return pair.unitType().column() == UnitColumn.ADMINISTRATIVE ? "行政单位" : "事业单位";
    }

    private static String key(String departmentCode, UnitColumn column) {
        return departmentCode + "/" + column;
    }

    private static String classOf(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }
}
