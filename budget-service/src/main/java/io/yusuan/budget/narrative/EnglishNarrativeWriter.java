package io.yusuan.budget.narrative;

import static io.yusuan.budget.narrative.Figures.percent;
import static io.yusuan.budget.narrative.Figures.share;
import static io.yusuan.budget.narrative.Figures.wan;

import java.math.BigDecimal;
import java.util.List;

/** Paragraphs 1 to 10 in English, from the same figures as the Chinese ones; amounts in 10,000 yuan. */
public final class EnglishNarrativeWriter {

    private final NarrativeFigures f;
    private final String who;

    private EnglishNarrativeWriter(NarrativeFigures figures) {
        this.f = figures;
        this.who = "In " + figures.year() + ", " + figures.department();
    }

    public static List<Paragraph> english(NarrativeFigures figures) {
        EnglishNarrativeWriter w = new EnglishNarrativeWriter(figures);
        BigDecimal priorRevenue = figures.priorYear() == null ? null : figures.priorYear().totalRevenue();
        BigDecimal priorGeneral = figures.priorYear() == null ? null : figures.priorYear().generalPublicBudget();
        BigDecimal priorCosts = figures.priorYear() == null ? null : figures.priorYear().operatingCosts();
        return List.of(
                new Paragraph(1, "overview", "1. Revenue and expenditure overview",
                        w.who + " budgets total revenue of " + wan(figures.revenue()) + " and total expenditure of "
                                + wan(figures.expenditure()) + " (10,000 yuan)" + w.change(figures.revenue(), priorRevenue) + "."),
                new Paragraph(2, "revenue", "2. Revenue", w.who + " budgets revenue of " + wan(figures.revenue())
                        + ", of which general public budget appropriations " + wan(figures.revenueBySource().get("FISCAL_GENERAL_PUBLIC")) + "."),
                new Paragraph(3, "expenditure", "3. Expenditure", w.who + " budgets expenditure of " + wan(figures.expenditure())
                        + ": basic expenditure " + wan(figures.basic()) + " (" + share(figures.basic(), figures.expenditure())
                        + "), project expenditure " + wan(figures.project()) + " (" + share(figures.project(), figures.expenditure()) + ")."),
                new Paragraph(4, "fiscal", "4. Fiscal appropriations", w.who + " receives fiscal appropriations of "
                        + wan(figures.fiscal()) + ", of which the general public budget " + wan(figures.generalPublic())
                        + w.change(figures.generalPublic(), priorGeneral) + "."),
                new Paragraph(5, "generalPublicBudget", "5. General public budget expenditure", w.who
                        + " spends " + wan(figures.generalPublic()) + " from the general public budget: basic "
                        + wan(figures.generalPublicBasic()) + " (" + share(figures.generalPublicBasic(), figures.generalPublic())
                        + "), projects " + wan(figures.generalPublicProject()) + " ("
                        + share(figures.generalPublicProject(), figures.generalPublic()) + ")."),
                new Paragraph(6, "basic", "6. General public budget basic expenditure", w.who + " spends "
                        + wan(figures.generalPublicBasic()) + " on basic expenditure: personnel " + wan(figures.generalPublicPersonnel())
                        + " (" + share(figures.generalPublicPersonnel(), figures.generalPublicBasic()) + "), office operations "
                        + wan(figures.generalPublicPublic()) + " (" + share(figures.generalPublicPublic(), figures.generalPublicBasic()) + ")."),
                new Paragraph(7, "threePublicCosts", "7. The “three public” costs", w.who + " budgets "
                        + wan(figures.threePublicCosts()) + " for the three public costs: official travel abroad "
                        + wan(figures.outboundTravel()) + ", official receptions " + wan(figures.reception())
                        + ", official vehicles " + wan(figures.vehiclePurchase().add(figures.vehicleOperation())) + " (purchase "
                        + wan(figures.vehiclePurchase()) + ", operation " + wan(figures.vehicleOperation()) + ")."),
                new Paragraph(8, "governmentFund", "8. Government fund budget", w.who + " budgets "
                        + wan(figures.governmentFund()) + " from the government fund budget."),
                new Paragraph(9, "stateCapital", "9. State capital operation budget", w.who + " budgets "
                        + wan(figures.stateCapital()) + " from the state capital operation budget."),
                new Paragraph(10, "other", "10. Other matters", "Operating costs of the organs: " + wan(figures.operatingCosts())
                        + w.change(figures.operatingCosts(), priorCosts) + ". Government procurement: " + wan(figures.procurement())
                        + " (goods " + wan(figures.procurementGoods()) + ", works " + wan(figures.procurementWorks())
                        + ", services " + wan(figures.procurementServices()) + "). Performance targets are set for all "
                        + figures.projects() + " projects (" + wan(figures.project()) + ")."));
    }

    private String change(BigDecimal current, BigDecimal last) {
        if (last == null) {
            return "";
        }
        BigDecimal delta = current.subtract(last);
        if (delta.signum() == 0) {
            return ", unchanged from " + (f.year() - 1);
        }
        String text = ", " + (delta.signum() > 0 ? "up " : "down ") + wan(delta.abs())
                + (last.signum() == 0 ? "" : " (" + percent(delta, last) + ")") + " from " + (f.year() - 1);
        String reason = f.explanations().get("totalChange");
        return reason == null ? text : text + " (reason given: " + reason + ")";
    }
}
