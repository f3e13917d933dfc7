package io.yusuan.budget.narrative;

import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.load.RevenueSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the narrative states, decided once for both languages: the figures, each change against last year with the
 * reason given for that change, and what the package reports of assets. The templates in
 * {@code templates/narrative/} only word it, so the Chinese and the English state the same facts.
 *
 * @param f the figures
 * @param sources this year's revenue by source, the sources with an amount, in the template's order
 * @param revenueChange and {@code expenditureChange}: against last year's totals, both or neither
 * @param generalPublicChange 一般公共预算 against last year's
 * @param threePublicChange and its parts' changes: “三公” against last year's, null where last year's is not given
 * @param performanceTargets the budget office's own words on 绩效目标, or null
 * @param assetsYear the year at whose end the assets are counted; 0 when the package reports no assets
 */
public record NarrativeFacts(
        NarrativeFigures f,
        int prior,
        List<SourceAmount> sources,
        Change revenueChange,
        Change expenditureChange,
        Change generalPublicChange,
        Change threePublicChange,
        Change outboundTravelChange,
        Change receptionChange,
        Change vehiclesChange,
        Change operatingCostsChange,
        String performanceTargets,
        int assetsYear,
        BudgetPackage.Vehicles vehicles,
        int generalEquipment,
        int specialEquipment) {

    /** A revenue source and its amount. */
    public record SourceAmount(RevenueSource source, BigDecimal amount) {
    }

    public static NarrativeFacts of(NarrativeFigures f) {
        Map<String, String> why = f.explanations();
        BudgetPackage.PriorYear last = f.last();
        boolean totals = last.totalRevenue() != null && last.totalExpenditure() != null;
        String totalReason = why.get("totalChange");
        BudgetPackage.ThreePublicCosts three = f.lastThreePublic();
        String threeReason = why.get("threePublicCostsChange");
        List<SourceAmount> sources = new ArrayList<>();
        f.revenueBySource().forEach((source, amount) -> {
            if (amount.signum() != 0) {
                sources.add(new SourceAmount(source, amount));
            }
        });
        BudgetPackage.Assets assets = f.assets();
        return new NarrativeFacts(f, f.year() - 1, List.copyOf(sources),
                totals ? Change.of(f.revenue(), last.totalRevenue(), why.getOrDefault("revenueChange", totalReason)) : null,
                totals ? Change.of(f.expenditure(), last.totalExpenditure(), why.getOrDefault("expenditureChange", totalReason)) : null,
                Change.of(f.generalPublic(), last.generalPublicBudget(),
                        why.getOrDefault("fiscalChange", why.get("generalPublicBudgetChange"))),
                Change.of(f.threePublicCosts(), three.total(), threeReason),
                Change.of(f.outboundTravel(), three.outboundTravel(), threeReason),
                Change.of(f.reception(), three.reception(), threeReason),
                Change.of(f.vehicles(), f.lastVehicles(), threeReason),
                Change.of(f.operatingCosts(), last.operatingCosts(), why.get("operatingCostsChange")),
                why.get("performanceTargets"),
                assets == null ? 0 : assets.asOf() == null ? f.year() - 1 : assets.asOf().getYear(),
                f.vehicleCounts(),
                assets == null ? 0 : NarrativeFigures.n(assets.generalEquipmentOver500k()),
                assets == null ? 0 : NarrativeFigures.n(assets.specialEquipmentOver1m()));
    }

    public String department() {
        return f.department();
    }

    public int year() {
        return f.year();
    }

    public boolean assetsReported() {
        return f.assets() != null;
    }

    public int vehicleCount() {
        return vehicles.general() + vehicles.lawEnforcement() + vehicles.specialTechnical() + vehicles.other();
    }

    /** Whether the budget has money from neither 政府性基金 nor 国有资本经营预算. */
    public boolean onlyGeneralPublic() {
        return f.governmentFund().signum() == 0 && f.stateCapital().signum() == 0;
    }
}
