package io.yusuan.budget.narrative.check;

import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.load.RevenueSource;
import io.yusuan.budget.narrative.NarrativeFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures each paragraph of the 情况说明 states, and the words that name them there: 一 and 三 name 支出总计 by
 * "支出", 三 names 基本支出 of the whole budget, 五 and 六 that of the 一般公共预算. A share ("占 77.81%") is of the
 * paragraph's whole.
 */
public final class KnownFigures {

    /** The words a text names each revenue source by; the first is its name in a finding. */
    private static final Map<RevenueSource, String[]> SOURCE_WORDS = Map.ofEntries(
            Map.entry(RevenueSource.FISCAL_GENERAL_PUBLIC, new String[] {"一般公共预算"}),
            Map.entry(RevenueSource.FISCAL_GOVERNMENT_FUND, new String[] {"政府性基金"}),
            Map.entry(RevenueSource.FISCAL_STATE_CAPITAL, new String[] {"国有资本经营"}),
            Map.entry(RevenueSource.SPECIAL_ACCOUNT, new String[] {"财政专户"}),
            Map.entry(RevenueSource.OPERATING, new String[] {"事业收入"}),
            Map.entry(RevenueSource.BUSINESS, new String[] {"经营收入"}),
            Map.entry(RevenueSource.HIGHER_LEVEL_SUBSIDY, new String[] {"上级补助"}),
            Map.entry(RevenueSource.SUBORDINATE_REMITTANCE, new String[] {"附属单位上缴"}),
            Map.entry(RevenueSource.OTHER, new String[] {"其他收入"}),
            Map.entry(RevenueSource.INSTITUTION_FUND, new String[] {"事业基金"}),
            Map.entry(RevenueSource.CARRYOVER, new String[] {"上年结转", "结转结余"}));

    /** A word of paragraph {@code paragraph} that names {@code figure}. */
    record Label(String word, KnownFigure figure) {
    }

    private final Map<Integer, List<Label>> labels = new HashMap<>();
    private final Map<Integer, KnownFigure> wholes = new HashMap<>();
    private KnownFigure projects;
    private KnownFigure projectAmount;

    private KnownFigures() {
    }

    public static KnownFigures of(NarrativeFigures f) {
        KnownFigures known = new KnownFigures();
        BudgetPackage.PriorYear last = f.last();
        BudgetPackage.ThreePublicCosts three = f.lastThreePublic();

        KnownFigure revenue = KnownFigure.amount("revenue", "收入总计", f.revenue(), last.totalRevenue());
        KnownFigure expenditure = KnownFigure.amount("expenditure", "支出总计", f.expenditure(), last.totalExpenditure());
        known.add(1, revenue, "收入总计", "收入合计", "收入");
        known.add(1, expenditure, "支出总计", "支出合计", "支出");

        known.add(2, revenue, "收入总计", "收入合计", "收入");
        f.revenueBySource().forEach((source, amount) -> {
            String[] words = SOURCE_WORDS.get(source);
            known.add(2, KnownFigure.amount("revenue." + source.name(), words[0], amount, null), words);
        });

        known.add(3, expenditure, "支出总计", "支出合计", "支出");
        known.add(3, KnownFigure.amount("basic", "基本支出", f.basic(), last.basic()), "基本支出");
        known.add(3, KnownFigure.amount("project", "项目支出", f.project(), last.project()), "项目支出");
        known.wholes.put(3, expenditure);

        KnownFigure generalPublic = KnownFigure.amount("generalPublic", "一般公共预算", f.generalPublic(), last.generalPublicBudget());
        KnownFigure governmentFund = KnownFigure.amount("governmentFund", "政府性基金预算", f.governmentFund(), null);
        KnownFigure stateCapital = KnownFigure.amount("stateCapital", "国有资本经营预算", f.stateCapital(), null);
        known.add(4, KnownFigure.amount("fiscal", "财政拨款", f.fiscal(), null), "财政拨款");
        known.add(4, generalPublic, "一般公共预算");
        known.add(4, governmentFund, "政府性基金");
        known.add(4, stateCapital, "国有资本经营");

        KnownFigure generalPublicBasic = KnownFigure.amount("generalPublicBasic", "一般公共预算基本支出", f.generalPublicBasic(), null);
        known.add(5, generalPublic, "一般公共预算");
        known.add(5, generalPublicBasic, "基本支出");
        known.add(5, KnownFigure.amount("generalPublicProject", "一般公共预算项目支出", f.generalPublicProject(), null), "项目支出");
        known.wholes.put(5, generalPublic);

        known.add(6, generalPublicBasic, "基本支出");
        known.add(6, KnownFigure.amount("personnel", "人员经费", f.generalPublicPersonnel(), null), "人员经费");
        known.add(6, KnownFigure.amount("public", "公用经费", f.generalPublicPublic(), null), "公用经费");
        known.wholes.put(6, generalPublicBasic);

        known.add(7, KnownFigure.amount("threePublicCosts", "“三公”经费", f.threePublicCosts(), three.total()), "三公");
        known.add(7, KnownFigure.amount("outboundTravel", "因公出国（境）费", f.outboundTravel(), three.outboundTravel()), "因公出国");
        known.add(7, KnownFigure.amount("reception", "公务接待费", f.reception(), three.reception()), "接待");
        known.add(7, KnownFigure.amount("vehicles", "公务用车购置及运行费", f.vehicles(), f.lastVehicles()), "购置及运行");
        known.add(7, KnownFigure.amount("vehiclePurchase", "公务用车购置费", f.vehiclePurchase(), three.vehiclePurchase()), "购置");
        known.add(7, KnownFigure.amount("vehicleOperation", "公务用车运行维护费", f.vehicleOperation(), three.vehicleOperation()),
                "运行维护", "运行");

        known.add(8, governmentFund, "政府性基金");
        known.add(9, stateCapital, "国有资本经营");

        known.add(10, KnownFigure.amount("operatingCosts", "机关运行经费", f.operatingCosts(), last.operatingCosts()), "运行经费");
        known.add(10, KnownFigure.amount("procurement", "政府采购", f.procurement(), null), "政府采购");
        known.add(10, KnownFigure.amount("procurementGoods", "政府采购货物", f.procurementGoods(), null), "货物");
        known.add(10, KnownFigure.amount("procurementWorks", "政府采购工程", f.procurementWorks(), null), "工程");
        known.add(10, KnownFigure.amount("procurementServices", "政府采购服务", f.procurementServices(), null), "采购服务", "服务预算");
        known.projects = KnownFigure.count("projects", "项目个数", f.projects());
        known.projectAmount = KnownFigure.amount("project", "项目支出", f.project(), null);
        BudgetPackage.Assets assets = f.assets();
        if (assets != null) {
            BudgetPackage.Vehicles v = f.vehicleCounts();
            known.add(10, KnownFigure.count("vehicleCount", "车辆", v.general() + v.lawEnforcement() + v.specialTechnical() + v.other()),
                    "车辆");
            known.add(10, KnownFigure.count("vehicles.general", "一般公务用车", v.general()), "公务用车");
            known.add(10, KnownFigure.count("vehicles.lawEnforcement", "一般执法执勤用车", v.lawEnforcement()), "执法执勤");
            known.add(10, KnownFigure.count("vehicles.specialTechnical", "特种专业技术用车", v.specialTechnical()), "特种专业技术");
            known.add(10, KnownFigure.count("vehicles.other", "其他用车", v.other()), "其他用车");
            known.add(10, KnownFigure.count("generalEquipmentOver500k", "单位价值50万元以上通用设备",
                    NarrativeFigures.n(assets.generalEquipmentOver500k())), "通用设备");
            known.add(10, KnownFigure.count("specialEquipmentOver1m", "单位价值100万元以上专用设备",
                    NarrativeFigures.n(assets.specialEquipmentOver1m())), "专用设备");
        }
        known.add(10, KnownFigure.count("transferPayments", "专项转移支付项目", f.transferPayments().size()), "专项转移支付");
        for (int i = 0; i < f.transferPayments().size(); i++) {
            BudgetPackage.TransferPayment t = f.transferPayments().get(i);
            known.add(10, KnownFigure.amount("transferPayments." + i, t.name(), t.amount(), null), FigureExtractor.compact(t.name()));
        }
        return known;
    }

    private void add(int paragraph, KnownFigure figure, String... words) {
        List<Label> list = labels.computeIfAbsent(paragraph, p -> new ArrayList<>());
        for (String word : words) {
            list.add(new Label(word, figure));
        }
    }

    /**
     * The figure the words name: of the labels of the paragraph in {@code words}, the one ending last (the nearest
     * the number), the longest of those; null when none is there.
     */
    KnownFigure named(int paragraph, String words, boolean count) {
        KnownFigure best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Label label : labels.getOrDefault(paragraph, List.of())) {
            if (label.figure().count() != count) {
                continue;
            }
            int at = words.lastIndexOf(label.word());
            if (at < 0) {
                continue;
            }
            int end = at + label.word().length();
            if (end > bestEnd || end == bestEnd && label.word().length() > bestLength) {
                best = label.figure();
                bestEnd = end;
                bestLength = label.word().length();
            }
        }
        return best;
    }

    /** The whole a share in the paragraph is of ("占 77.81%"), or null. */
    KnownFigure whole(int paragraph) {
        return wholes.get(paragraph);
    }

    /** 绩效目标 of "N 个项目". */
    KnownFigure projects() {
        return projects;
    }

    /** The amount of those projects, stated right after their number ("6 个项目，38.40 万元"). */
    KnownFigure projectAmount() {
        return projectAmount;
    }
}
