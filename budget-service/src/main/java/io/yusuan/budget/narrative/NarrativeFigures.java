package io.yusuan.budget.narrative;

import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.load.RevenueSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every figure the narrative (第二部分 情况说明) states, in yuan, summed from the version's lines.
 *
 * @param revenueBySource this year's revenue by source, every source (CARRYOVER included) in the order of
 *     {@link RevenueSource}, the template's: an {@link java.util.EnumMap}
 * @param operatingCostItems names of the 款 that make up 机关运行经费, in code order
 * @param projects how many projects the budget has
 */
public record NarrativeFigures(
        String department,
        int year,
        BigDecimal revenue,
        Map<RevenueSource, BigDecimal> revenueBySource,
        BigDecimal expenditure,
        BigDecimal basic,
        BigDecimal project,
        BigDecimal generalPublic,
        BigDecimal generalPublicBasic,
        BigDecimal generalPublicProject,
        BigDecimal generalPublicPersonnel,
        BigDecimal generalPublicPublic,
        BigDecimal governmentFund,
        BigDecimal stateCapital,
        BigDecimal outboundTravel,
        BigDecimal vehiclePurchase,
        BigDecimal vehicleOperation,
        BigDecimal reception,
        BigDecimal operatingCosts,
        List<String> operatingCostItems,
        BigDecimal procurementGoods,
        BigDecimal procurementWorks,
        BigDecimal procurementServices,
        int projects,
        BudgetPackage.Assets assets,
        List<BudgetPackage.TransferPayment> transferPayments,
        BudgetPackage.PriorYear priorYear,
        Map<String, String> explanations) {

    public BigDecimal fiscal() {
        return generalPublic.add(governmentFund).add(stateCapital);
    }

    public BigDecimal threePublicCosts() {
        return outboundTravel.add(vehiclePurchase).add(vehicleOperation).add(reception);
    }

    public BigDecimal procurement() {
        return procurementGoods.add(procurementWorks).add(procurementServices);
    }

    /** 公务用车购置及运行费. */
    public BigDecimal vehicles() {
        return vehiclePurchase.add(vehicleOperation);
    }

    /** Last year's figures, each null where the package gives none. */
    public BudgetPackage.PriorYear last() {
        return priorYear == null ? new BudgetPackage.PriorYear(null, null, null, null, null, null, null) : priorYear;
    }

    /** Last year's “三公”经费, each null where the package gives none. */
    public BudgetPackage.ThreePublicCosts lastThreePublic() {
        BudgetPackage.ThreePublicCosts three = last().threePublicCosts();
        return three == null ? new BudgetPackage.ThreePublicCosts(null, null, null, null, null) : three;
    }

    /** Last year's 公务用车购置及运行费, or null. */
    public BigDecimal lastVehicles() {
        BudgetPackage.ThreePublicCosts three = lastThreePublic();
        return three.vehiclePurchase() == null || three.vehicleOperation() == null ? null
                : three.vehiclePurchase().add(three.vehicleOperation());
    }

    /** The vehicles the package reports by kind, 0 where it gives none. */
    public BudgetPackage.Vehicles vehicleCounts() {
        BudgetPackage.Vehicles v = assets == null || assets.vehicles() == null ? new BudgetPackage.Vehicles(0, 0, 0, 0) : assets.vehicles();
        return new BudgetPackage.Vehicles(n(v.general()), n(v.lawEnforcement()), n(v.specialTechnical()), n(v.other()));
    }

    /** A count the package may leave out, 0 then. */
    public static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
