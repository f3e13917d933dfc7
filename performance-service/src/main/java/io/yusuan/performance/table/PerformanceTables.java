package io.yusuan.performance.table;

import io.yusuan.performance.target.FundingView;
import io.yusuan.performance.target.Indicator;
import io.yusuan.performance.target.Scope;
import io.yusuan.performance.target.TargetView;
import io.yusuan.performance.target.Targets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jakarta.enterprise.context.ApplicationScoped;

/** Tables 12 and 13 from the stored targets: nothing is asked of budget-service to print them. */
@ApplicationScoped
public class PerformanceTables {

    private final Targets targets;

    public PerformanceTables(Targets targets) {
        this.targets = targets;
    }

    /** What the year's targets of a scope (all when null) are at: the tables' ETags are of it. */
    public java.util.Optional<String> revisions(String region, String department, int year, Scope scope) {
        return targets.revisions(region, department, year, scope, null);
    }

    public Table12 table12(String region, String department, int year) {
        TargetView overall = targets.overall(region, department, year);
        FundingView budget = overall.budget();
        Table12 table = new Table12("部门（单位）整体绩效目标表", year, overall.departmentName(), overall.annualGoal(),
                overall.tasks(), new Table12.Budget(Wan.of(budget.total()), Wan.of(budget.governmentBudget()),
                        Wan.of(budget.specialAccount()), Wan.of(budget.unitFunds()), Wan.of(budget.basic()),
                        Wan.of(budget.project())),
                overall.indicators().stream().map(i -> new Table12.Row(i.tier1(), i.tier2(), i.name(), i.target().raw(),
                        i.target().normalised(), i.explanation())).toList(), null);
        return table.withPrinted(Table12Layout.of(table));
    }

    public Table13 table13(String region, String department, int year) {
        List<TargetView> projects = targets.projects(region, department, year);
        if (projects.isEmpty()) {
            throw new io.yusuan.problem.NotFoundProblem("No project performance targets " + year + " of department "
                    + department + " in region " + region + ".");
        }
        // by unit, in unit code order (a unit without a code last), then by project code, as printed
        Comparator<TargetView> printed = Comparator.comparing(TargetView::unitCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TargetView::unitName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TargetView::projectCode);
        List<TargetView> ordered = projects.stream().sorted(printed).toList();
        Map<List<String>, List<TargetView>> byUnit = new LinkedHashMap<>();
        ordered.forEach(p -> byUnit.computeIfAbsent(Arrays.asList(p.unitCode(), p.unitName()), unit -> new ArrayList<>()).add(p));
        List<Table13.Unit> units = byUnit.entrySet().stream().map(unit -> new Table13.Unit(unit.getKey().get(0),
                unit.getKey().get(1), sum(unit.getValue()))).toList();
        List<Table13.Project> rows = ordered.stream().map(p -> new Table13.Project(p.projectCode(), p.projectName(),
                p.unitCode(), p.unitName(), amounts(p.budget()), p.annualGoal(), tier(p, "成本指标"), tier(p, "产出指标"),
                tier(p, "效益指标"), tier(p, "满意度指标"))).toList();
        Table13 table = new Table13("部门预算项目绩效目标表", year, projects.get(0).departmentName(), sum(projects), units, rows,
                null);
        return table.withPrinted(Table13Layout.of(table));
    }

    /** The projects' amounts summed in exact yuan, then rounded once. */
    private static Table13.Amounts sum(List<TargetView> projects) {
        return new Table13.Amounts(sum(projects, FundingView::total), sum(projects, FundingView::governmentBudget),
                sum(projects, FundingView::specialAccount), sum(projects, FundingView::unitFunds));
    }

    private static Table13.Amounts amounts(FundingView funding) {
        return new Table13.Amounts(Wan.of(funding.total()), Wan.of(funding.governmentBudget()),
                Wan.of(funding.specialAccount()), Wan.of(funding.unitFunds()));
    }

    /** Sums the projects' exact yuan, then rounds once. */
    private static BigDecimal sum(List<TargetView> projects, Function<FundingView, BigDecimal> amount) {
        return Wan.of(projects.stream().map(p -> amount.apply(p.budget())).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static List<Table13.Indicator> tier(TargetView project, String tier1) {
        return project.indicators().stream().filter(i -> tier1.equals(i.tier1()))
                .map(PerformanceTables::row).toList();
    }

    private static Table13.Indicator row(Indicator indicator) {
        return new Table13.Indicator(indicator.name(), indicator.target().raw(), indicator.target().normalised());
    }

    /**
     * The published budget version the year's targets were written against: the overall target's, else the latest of
     * the projects'; empty when the year has no targets.
     */
    public java.util.Optional<Integer> budgetVersion(String region, String department, int year) {
        try {
            return java.util.Optional.of(targets.overall(region, department, year).budget().budgetVersion());
        } catch (io.yusuan.problem.NotFoundProblem noOverallTarget) {
            return targets.projects(region, department, year).stream().map(p -> p.budget().budgetVersion())
                    .max(Integer::compare);
        }
    }
}
