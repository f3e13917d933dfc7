package io.yusuan.performance.target;

import io.yusuan.performance.indicator.ParsedTarget;
import io.yusuan.performance.indicator.TargetNote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The findings a target's indicators give against the framework and the budget. */
public final class TargetRules {

    private static final BigDecimal WAN = new BigDecimal(10_000);
    private static final Set<String> COST_TIERS = Set.of("成本指标", "经济成本指标");

    private TargetRules() {
    }

    /**
     * @param budget the amount the target is about: the project's (资金总额), or the department's
     * @param declaredTotal a total the office wrote, or null
     */
    public static List<TargetFinding> check(List<Indicator> indicators, TierNames framework, BigDecimal budget,
            BigDecimal declaredTotal, boolean project) {
        List<TargetFinding> findings = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String at = "/indicators/" + i;
            if (!framework.hasTier1(indicator.tier1())) {
                findings.add(new TargetFinding("WARNING", "TIER_NOT_IN_FRAMEWORK", at + "/tier1",
                        "一级指标 " + indicator.tier1() + " is not in the indicator framework."));
            } else if (indicator.tier2() != null && !framework.hasTier2(indicator.tier1(), indicator.tier2())) {
                findings.add(new TargetFinding("WARNING", "TIER_NOT_IN_FRAMEWORK", at + "/tier2",
                        "二级指标 " + indicator.tier2() + " is not under " + indicator.tier1() + " in the indicator framework."));
            }
            for (TargetNote note : indicator.target().notes()) {
                findings.add(new TargetFinding(note.code() == TargetNote.Code.UNPARSEABLE ? "WARNING" : "INFO",
                        "TARGET_" + note.code().name(), at + "/target", note.message()));
            }
            if (project && isCost(indicator)) {
                BigDecimal stated = yuan(indicator.target());
                if (stated != null && stated.compareTo(budget) != 0) {
                    findings.add(new TargetFinding("WARNING", "COST_DIFFERS_FROM_BUDGET", at + "/target",
                            "The cost indicator states " + indicator.target().raw() + "; the project's budget is "
                                    + wan(budget) + " 万元."));
                }
            }
        }
        if (declaredTotal != null && declaredTotal.compareTo(budget) != 0) {
            findings.add(new TargetFinding("WARNING", "TOTAL_DIFFERS_FROM_BUDGET", "/declaredBudgetTotal",
                    "部门预算总额 is written as " + wan(declaredTotal) + " 万元; budget-service's published budget is "
                            + wan(budget) + " 万元."));
        }
        return findings;
    }

    private static boolean isCost(Indicator indicator) {
        return COST_TIERS.contains(indicator.tier1()) || (indicator.tier2() != null && COST_TIERS.contains(indicator.tier2()));
    }

    /** A cost stated in 万元 or 元, in yuan; null for anything else. */
    static BigDecimal yuan(ParsedTarget target) {
        if (!target.isQuantitative() || target.value() == null || target.unit() == null) {
            return null;
        }
        return switch (target.unit()) {
            case "万元" -> target.value().multiply(WAN);
            case "元" -> target.value();
            default -> null;
        };
    }

    private static String wan(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
