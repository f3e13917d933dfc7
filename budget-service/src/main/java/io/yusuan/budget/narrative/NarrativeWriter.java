package io.yusuan.budget.narrative;

import static io.yusuan.budget.narrative.Figures.percent;
import static io.yusuan.budget.narrative.Figures.share;
import static io.yusuan.budget.narrative.Figures.wan;

import io.yusuan.budget.load.BudgetPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes paragraphs 一 to 十 of 第二部分 from the figures, in the words of the 2022 河南 template:
 * each figure with its share and its change against last year (amount and percentage), the budget
 * office's reason where it gave one.
 */
public final class NarrativeWriter {

    private static final Map<String, String> SOURCE_NAMES = Map.ofEntries(
            Map.entry("FISCAL_GENERAL_PUBLIC", "一般公共预算"), Map.entry("FISCAL_GOVERNMENT_FUND", "政府性基金预算"),
            Map.entry("FISCAL_STATE_CAPITAL", "国有资本经营预算"), Map.entry("SPECIAL_ACCOUNT", "财政专户管理资金"),
            Map.entry("OPERATING", "事业收入"), Map.entry("BUSINESS", "事业单位经营收入"),
            Map.entry("HIGHER_LEVEL_SUBSIDY", "上级补助收入"), Map.entry("SUBORDINATE_REMITTANCE", "附属单位上缴收入"),
            Map.entry("OTHER", "其他收入"), Map.entry("INSTITUTION_FUND", "用事业基金弥补收支差额"),
            Map.entry("CARRYOVER", "上年结转结余"));

    private final NarrativeFigures f;
    private final String who;
    private final int prior;

    private NarrativeWriter(NarrativeFigures figures) {
        this.f = figures;
        this.who = figures.department() + " " + figures.year() + " 年";
        this.prior = figures.year() - 1;
    }

    public static List<Paragraph> chinese(NarrativeFigures figures) {
        NarrativeWriter w = new NarrativeWriter(figures);
        return List.of(
                new Paragraph(1, "overview", "一、收入支出预算总体情况说明", w.overview()),
                new Paragraph(2, "revenue", "二、收入预算总体情况说明", w.revenue()),
                new Paragraph(3, "expenditure", "三、支出预算总体情况说明", w.expenditure()),
                new Paragraph(4, "fiscal", "四、财政拨款收入支出预算总体情况说明", w.fiscal()),
                new Paragraph(5, "generalPublicBudget", "五、一般公共预算支出预算情况说明", w.generalPublic()),
                new Paragraph(6, "basic", "六、一般公共预算基本支出预算情况说明", w.basic()),
                new Paragraph(7, "threePublicCosts", "七、一般公共预算“三公”经费支出预算情况说明", w.threePublic()),
                new Paragraph(8, "governmentFund", "八、政府性基金支出预算情况说明",
                        w.fund(figures.governmentFund(), "政府性基金预算拨款")),
                new Paragraph(9, "stateCapital", "九、国有资本经营预算支出预算情况说明",
                        w.fund(figures.stateCapital(), "国有资本经营预算拨款")),
                new Paragraph(10, "other", "十、其他重要事项情况说明", w.other()));
    }

    private String overview() {
        String text = who + "收入总计 " + wan(f.revenue()) + " 万元，支出总计 " + wan(f.expenditure()) + " 万元";
        BudgetPackage.PriorYear last = f.priorYear();
        if (last == null || last.totalRevenue() == null || last.totalExpenditure() == null) {
            return text + "。";
        }
        return text + "，与 " + prior + " 年预算相比，收入" + change(f.revenue(), last.totalRevenue(), "revenueChange", "totalChange")
                + "；支出" + change(f.expenditure(), last.totalExpenditure(), "expenditureChange", "totalChange") + "。";
    }

    private String revenue() {
        List<String> parts = new ArrayList<>();
        f.revenueBySource().forEach((source, amount) -> {
            if (amount.signum() != 0) {
                parts.add(SOURCE_NAMES.get(source) + " " + wan(amount) + " 万元");
            }
        });
        return who + "收入合计 " + wan(f.revenue()) + " 万元" + (parts.isEmpty() ? "" : "，其中：" + String.join("；", parts)) + "。";
    }

    private String expenditure() {
        return who + "支出合计 " + wan(f.expenditure()) + " 万元，其中：" + split("基本支出", f.basic(), "项目支出", f.project(),
                f.expenditure()) + "。";
    }

    private String fiscal() {
        String text;
        if (f.governmentFund().signum() == 0 && f.stateCapital().signum() == 0) {
            text = who + "一般公共预算收支预算 " + wan(f.generalPublic()) + " 万元";
        } else {
            text = who + "财政拨款收支预算 " + wan(f.fiscal()) + " 万元，其中：一般公共预算 " + wan(f.generalPublic())
                    + " 万元；政府性基金预算 " + wan(f.governmentFund()) + " 万元；国有资本经营预算 " + wan(f.stateCapital()) + " 万元";
        }
        BigDecimal last = f.priorYear() == null ? null : f.priorYear().generalPublicBudget();
        if (last == null) {
            return text + "。";
        }
        return text + "。与 " + prior + " 年相比，一般公共预算收支预算" + change(f.generalPublic(), last, "fiscalChange",
                "generalPublicBudgetChange").replace("。主要原因：", "，主要原因：") + "。";
    }

    private String generalPublic() {
        return who + "一般公共预算支出年初预算为 " + wan(f.generalPublic()) + " 万元。其中："
                + split("基本支出", f.generalPublicBasic(), "项目支出", f.generalPublicProject(), f.generalPublic()) + "。";
    }

    private String basic() {
        return who + "一般公共预算基本支出年初预算为 " + wan(f.generalPublicBasic()) + " 万元。其中："
                + split("人员经费支出", f.generalPublicPersonnel(), "公用经费支出", f.generalPublicPublic(), f.generalPublicBasic()) + "。";
    }

    private String threePublic() {
        BudgetPackage.ThreePublicCosts last = f.priorYear() == null ? null : f.priorYear().threePublicCosts();
        BigDecimal vehicles = f.vehiclePurchase().add(f.vehicleOperation());
        BigDecimal lastVehicles = last == null || last.vehiclePurchase() == null || last.vehicleOperation() == null ? null
                : last.vehiclePurchase().add(last.vehicleOperation());
        return who + "“三公”经费支出预算为 " + wan(f.threePublicCosts()) + " 万元。"
                + against(f.threePublicCosts(), last == null ? null : last.total(), f.year() + " 年“三公”经费支出预算数", "预算数")
                + "\n具体支出情况如下：\n（一）因公出国（境）费 " + wan(f.outboundTravel())
                + " 万元，主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。"
                + against(f.outboundTravel(), last == null ? null : last.outboundTravel(), "预算数", "")
                + "\n（二）公务接待费 " + wan(f.reception()) + " 万元，主要用于按规定开支的各类公务接待（含外宾接待）支出，"
                + against(f.reception(), last == null ? null : last.reception(), "预算数", "")
                + "\n（三）公务用车购置及运行费 " + wan(vehicles) + " 万元，其中：公务用车购置费 " + wan(f.vehiclePurchase())
                + " 万元；公务用车运行维护费 " + wan(f.vehicleOperation())
                + " 万元，主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出。"
                + against(vehicles, lastVehicles, "预算数", "");
    }

    private String fund(BigDecimal amount, String what) {
        return amount.signum() == 0 ? who + "无" + what + "安排的支出。" : who + what + "安排的支出 " + wan(amount) + " 万元。";
    }

    private String other() {
        BigDecimal lastCosts = f.priorYear() == null ? null : f.priorYear().operatingCosts();
        String costs = "（一）行政（事业）单位机构运行经费支出预算情况\n" + who + "机构运行经费支出预算 " + wan(f.operatingCosts())
                + " 万元，主要保障机构正常运转及正常履职需要所需支出"
                + (f.operatingCostItems().isEmpty() ? "" : "，包含" + String.join("、", f.operatingCostItems()) + "等") + "。";
        if (lastCosts != null) {
            costs += "机关运行经费较上年度" + change(f.operatingCosts(), lastCosts, "operatingCostsChange", null)
                    .replace("。主要原因：", "，主要原因是") + "。";
        }
        String procurement = "（二）政府采购支出预算情况\n" + who + "政府采购预算安排 " + wan(f.procurement()) + " 万元，其中：政府采购货物预算 "
                + wan(f.procurementGoods()) + " 万元、政府采购工程预算 " + wan(f.procurementWorks()) + " 万元、政府采购服务预算 "
                + wan(f.procurementServices()) + " 万元。";
        String targets = "（三）绩效目标设置情况\n" + f.explanations().getOrDefault("performanceTargets",
                who + "预算项目均按要求编制了绩效目标（" + f.projects() + " 个项目，" + wan(f.project())
                        + " 万元），从项目产出、项目效益、满意度等方面设置了绩效指标，综合反映项目预期完成的数量、实效、质量，"
                        + "预期达到的社会效益、可持续影响以及服务对象满意度等情况。");
        return costs + "\n" + procurement + "\n" + targets + "\n" + assets() + "\n" + transfers();
    }

    private String assets() {
        BudgetPackage.Assets assets = f.assets();
        if (assets == null) {
            return "（四）国有资产占用情况\n" + f.department() + "未报国有资产占用情况。";
        }
        BudgetPackage.Vehicles v = assets.vehicles() == null ? new BudgetPackage.Vehicles(0, 0, 0, 0) : assets.vehicles();
        int total = n(v.general()) + n(v.lawEnforcement()) + n(v.specialTechnical()) + n(v.other());
        String when = assets.asOf() == null ? prior + " 年期末" : assets.asOf().getYear() + " 年期末";
        return "（四）国有资产占用情况\n" + when + "，" + f.department() + "共有车辆 " + total + " 辆，其中：一般公务用车 " + n(v.general())
                + " 辆、一般执法执勤用车 " + n(v.lawEnforcement()) + " 辆、特种专业技术用车 " + n(v.specialTechnical())
                + " 辆，其他用车 " + n(v.other()) + " 辆；单位价值50万元以上通用设备 " + n(assets.generalEquipmentOver500k())
                + " 套，单位价值100万元以上专用设备 " + n(assets.specialEquipmentOver1m()) + " 套。";
    }

    private String transfers() {
        if (f.transferPayments().isEmpty()) {
            return "（五）专项转移支付项目情况\n" + who + "无负责管理的专项转移支付项目。";
        }
        List<String> items = f.transferPayments().stream().map(t -> t.name() + " " + wan(t.amount()) + " 万元").toList();
        return "（五）专项转移支付项目情况\n" + who + "负责管理的专项转移支付项目 " + items.size() + " 个：" + String.join("；", items) + "。";
    }

    /** 基本支出 134.67 万元，占 77.81%；项目支出 38.40 万元，占 22.19% */
    private static String split(String first, BigDecimal a, String second, BigDecimal b, BigDecimal whole) {
        return first + " " + wan(a) + " 万元，占 " + share(a, whole) + "；" + second + " " + wan(b) + " 万元，占 " + share(b, whole);
    }

    /** 减少 2.42 万元，下降 1.38%。主要原因：… — or 持平 — against the prior amount, with the reason given. */
    private String change(BigDecimal current, BigDecimal last, String key, String fallbackKey) {
        BigDecimal delta = current.subtract(last);
        if (delta.signum() == 0) {
            return "与上年持平";
        }
        String text = (delta.signum() > 0 ? "增加 " : "减少 ") + wan(delta.abs()) + " 万元";
        if (last.signum() != 0) {
            text += "，" + (delta.signum() > 0 ? "增长 " : "下降 ") + percent(delta, last);
        }
        String reason = f.explanations().getOrDefault(key, fallbackKey == null ? null : f.explanations().get(fallbackKey));
        return reason == null ? text : text + "。主要原因：" + reason;
    }

    /**
     * 2022 年“三公”经费支出预算数与 2021 年预算数保持一致。 / 预算数与 2021 年保持一致。 — or the change; nothing
     * when last year's figure is not given.
     */
    private String against(BigDecimal current, BigDecimal last, String subject, String lastSubject) {
        if (last == null) {
            return "";
        }
        if (current.compareTo(last) == 0) {
            return subject + "与 " + prior + " 年" + lastSubject + "保持一致。";
        }
        return subject + "较 " + prior + " 年" + change(current, last, "threePublicCostsChange", null) + "。";
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
