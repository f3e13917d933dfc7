package io.yusuan.budget.rules;

import io.yusuan.budget.load.BasicCategory;
import io.yusuan.budget.load.ExpenditureKind;
import io.yusuan.budget.load.Fund;
import io.yusuan.budget.load.ProjectCategory;
import io.yusuan.budget.load.RevenueSource;
import io.yusuan.budget.load.UnitType;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The rules of a budget as SQL conditions, each written once: which lines are of a fund, a kind, a category, a
 * 三公 part, a revenue source. The names are the enums' own, never re-spelled as literals. The conditions are on an
 * expenditure or revenue line {@code l}, its project {@code p} and its department economic code's attributes
 * {@code n} (classification_name of the scheme economic-department).
 */
public final class LineRules {

    /** 财政拨款: the funds the finance bureau appropriates. */
    public static final String FISCAL = "l.fund in (" + Arrays.stream(Fund.values()).filter(Fund::fiscal)
            .map(LineRules::quoted).collect(Collectors.joining(", ")) + ")";

    /** 人员经费: a basic line of the personnel category. */
    public static final String PERSONNEL = category(BasicCategory.PERSONNEL);
    /** 公用经费: a basic line of the public category. */
    public static final String PUBLIC = category(BasicCategory.PUBLIC);

    /** Economic 类 303 对个人和家庭的补助; the rest of 人员经费 is 工资福利支出 (301). */
    private static final String HOUSEHOLD_CODES = "substr(l.economic_code, 1, 3) = '303'";
    /** Economic 类 309 and 310 资本性支出; the rest of 公用经费 is 商品和服务支出 (302). */
    private static final String CAPITAL_CODES = "substr(l.economic_code, 1, 3) in ('309', '310')";

    /** 人员经费 on 工资福利支出: every personnel line but those of 303. */
    public static final String PERSONNEL_WAGES = PERSONNEL + " and not coalesce(" + HOUSEHOLD_CODES + ", false)";
    /** 人员经费 on 对个人和家庭的补助 (303). */
    public static final String PERSONNEL_HOUSEHOLD = PERSONNEL + " and coalesce(" + HOUSEHOLD_CODES + ", false)";
    /** 公用经费 on 商品和服务支出: every public line but capital ones. */
    public static final String PUBLIC_GOODS = PUBLIC + " and not coalesce(" + CAPITAL_CODES + ", false)";
    /** 公用经费 on 资本性支出 (309, 310). */
    public static final String PUBLIC_CAPITAL = PUBLIC + " and coalesce(" + CAPITAL_CODES + ", false)";

    /**
     * “三公”经费: a 一般公共预算 line whose department economic code the catalogue marks as a part of it
     * (因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费). Table 08 and the narrative's paragraph 七 both
     * read this rule.
     */
    public static final String THREE_PUBLIC = fund(Fund.GENERAL_PUBLIC_BUDGET) + " and n.three_public_part is not null";

    /**
     * 机关运行经费: 一般公共预算 basic expenditure on 商品和服务支出 (302) and 资本性支出 (310) of 行政 and 参公 units
     * (their unit {@code u}).
     */
    public static final String OPERATING_COSTS = fund(Fund.GENERAL_PUBLIC_BUDGET) + " and " + kind(ExpenditureKind.BASIC)
            + " and substr(l.economic_code, 1, 3) in ('302', '310') and u.type in ("
            + Arrays.stream(UnitType.values()).filter(UnitType::countsOperatingCosts).map(LineRules::quoted)
                    .collect(Collectors.joining(", ")) + ")";

    private LineRules() {
    }

    public static String fund(Fund fund) {
        return "l.fund = " + quoted(fund);
    }

    public static String kind(ExpenditureKind kind) {
        return "l.kind = " + quoted(kind);
    }

    public static String category(BasicCategory category) {
        return "l.category = " + quoted(category);
    }

    public static String projectCategory(ProjectCategory category) {
        return "p.category = " + quoted(category);
    }

    public static String source(RevenueSource source) {
        return "l.source = " + quoted(source);
    }

    /** A 三公 line of one or more parts. */
    public static String threePublic(ThreePublicPart... parts) {
        return "n.three_public_part in (" + Arrays.stream(parts).map(LineRules::quoted)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A line of a fiscal fund carried over from last year (or not). */
    public static String carryover(boolean carried) {
        return carried ? "l.carryover" : "not l.carryover";
    }

    public static String quoted(Enum<?> value) {
        return "'" + value.name() + "'";
    }

    /** The parts of the 三公经费, as the catalogue marks department economic codes. */
    public enum ThreePublicPart {
        /** 因公出国（境）费 */
        OUTBOUND,
        /** 公务用车购置费 */
        VEHICLE_PURCHASE,
        /** 公务用车运行费 */
        VEHICLE_OPERATION,
        /** 公务接待费 */
        RECEPTION
    }
}
