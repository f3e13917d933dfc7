package io.yusuan.budget.load;

import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Consistency findings a package's own figures give: they are stored with it, never a reason to refuse it. */
public final class PackageFindings {

    private PackageFindings() {
    }

    public static List<Finding> of(BudgetPackage budget) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal revenue = sum(budget.revenues(), BudgetPackage.Revenue::amount);
        BigDecimal expenditure = sum(budget.expenditures(), BudgetPackage.Expenditure::amount);
        if (revenue.compareTo(expenditure) != 0) {
            findings.add(new Finding(Severity.ERROR, "REVENUE_EXPENDITURE_MISMATCH", null, "收入总计 " + yuan(revenue)
                    + " differs from 支出总计 " + yuan(expenditure) + " by " + yuan(revenue.subtract(expenditure)) + "."));
        }
        BudgetPackage.PriorYear prior = budget.priorYear();
        if (prior != null) {
            priorYear(prior, findings);
            unsupportedChanges(budget, prior, expenditure, findings);
        }
        return findings;
    }

    private static void priorYear(BudgetPackage.PriorYear prior, List<Finding> findings) {
        BudgetPackage.ThreePublicCosts three = prior.threePublicCosts();
        if (three != null && three.total() != null) {
            BigDecimal parts = Stream.of(three.outboundTravel(), three.vehiclePurchase(), three.vehicleOperation(), three.reception())
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (parts.compareTo(three.total()) != 0) {
                findings.add(new Finding(Severity.WARNING, "THREE_PUBLIC_COSTS_PARTS", "/priorYear/threePublicCosts/total",
                        "Last year's 三公经费 total " + yuan(three.total()) + " differs from the sum of its parts " + yuan(parts) + "."));
            }
        }
        if (prior.basic() != null && prior.project() != null && prior.totalExpenditure() != null
                && prior.basic().add(prior.project()).compareTo(prior.totalExpenditure()) != 0) {
            findings.add(new Finding(Severity.WARNING, "PRIOR_YEAR_INCONSISTENT", "/priorYear/totalExpenditure",
                    "Last year's basic " + yuan(prior.basic()) + " and project " + yuan(prior.project())
                            + " expenditure do not add up to its total " + yuan(prior.totalExpenditure()) + "."));
        }
        if (prior.totalRevenue() != null && prior.totalExpenditure() != null
                && prior.totalRevenue().compareTo(prior.totalExpenditure()) != 0) {
            findings.add(new Finding(Severity.WARNING, "PRIOR_YEAR_INCONSISTENT", "/priorYear/totalRevenue",
                    "Last year's 收入总计 " + yuan(prior.totalRevenue()) + " differs from its 支出总计 "
                            + yuan(prior.totalExpenditure()) + "."));
        }
    }

    /** A reason given for a change the figures cannot give: no prior figure, or no change at all. */
    private static void unsupportedChanges(BudgetPackage budget, BudgetPackage.PriorYear prior, BigDecimal expenditure,
            List<Finding> findings) {
        Map<String, String> explanations = budget.explanations() == null ? Map.of() : budget.explanations();
        if (explanations.containsKey("totalChange")
                && (prior.totalExpenditure() == null || prior.totalExpenditure().compareTo(expenditure) == 0)) {
            findings.add(new Finding(Severity.WARNING, "PRIOR_YEAR_CHANGE_UNSUPPORTED", "/explanations/totalChange",
                    "A reason is given for a change of the total, but "
                            + (prior.totalExpenditure() == null ? "last year's total is not given." : "the total did not change.")));
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items == null ? BigDecimal.ZERO
                : items.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 元";
    }
}
