package io.yusuan.performance.target;

import io.yusuan.performance.budget.BudgetClient;
import io.yusuan.performance.budget.BudgetFunding;
import io.yusuan.performance.budget.BudgetRefused;
import io.yusuan.performance.framework.Framework;
import io.yusuan.performance.framework.IndicatorTierRepository;
import io.yusuan.problem.DependencyUnavailableProblem;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.NotFoundProblem;
import io.yusuan.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Writing and reading targets. A write reads the published budget from budget-service first (outside
 * any transaction); when budget-service cannot be reached it answers 503 and stores nothing. Reads
 * never call budget-service: they serve what was stored.
 */
@ApplicationScoped
public class Targets {

    private final BudgetClient budget;
    private final TargetStore store;
    private final PerformanceTargetRepository targets;
    private final IndicatorTierRepository tiers;
    private final TargetJson json;

    public Targets(BudgetClient budget, TargetStore store, PerformanceTargetRepository targets, IndicatorTierRepository tiers,
            TargetJson json) {
        this.budget = budget;
        this.store = store;
        this.targets = targets;
        this.tiers = tiers;
        this.json = json;
    }

    /** @param actor who writes it (the token's subject, once its scope was checked) */
    public TargetView writeOverall(String region, String department, int year, OverallTargetRequest request, String actor) {
        BudgetFunding funding = funding(region, department, year);
        List<Indicator> indicators = request.indicators().stream().map(Indicator::of).toList();
        BudgetFunding.Funding total = funding.total();
        List<TargetFinding> findings = TargetRules.check(indicators, tiers.names(Framework.DEPARTMENT), total.total(),
                request.declaredBudgetTotal(), false);
        FundingView situation = new FundingView(funding.version(), total.total(), total.governmentBudget(),
                total.specialAccount(), total.unitFunds(), total.basic(), total.project(), funding.projects().stream()
                .map(p -> new FundingView.BudgetProject(p.code(), p.name(), p.funding().total())).toList());
        return store.write(region, department, year, Scope.OVERALL, "", new TargetContent(null, null, null,
                funding.departmentName(), request.annualGoal(), json.write(request.tasks()), funding.version(),
                json.write(situation), request.declaredBudgetTotal(), json.write(indicators), json.write(findings)), actor,
                indicators.size());
    }

    /** @param actor who writes it (the token's subject, once its scope was checked) */
    public TargetView writeProject(String region, String department, int year, String code, ProjectTargetRequest request,
            String actor) {
        BudgetFunding funding = funding(region, department, year);
        BudgetFunding.Project project = funding.project(code).orElseThrow(() -> new ProblemException(422,
                "project-not-in-budget", "Project not in the budget", "Project " + code + " is not in the published "
                        + year + " budget of department " + department + "; targets are set for budgeted projects only.",
                List.of(new FieldError("projectCode", "PROJECT_NOT_IN_BUDGET", code + " is not a project of the published budget"))));
        List<Indicator> indicators = request.indicators().stream().map(Indicator::of).toList();
        BudgetFunding.Funding amounts = project.funding();
        List<TargetFinding> findings = TargetRules.check(indicators, tiers.names(Framework.PROJECT), amounts.total(), null, true);
        FundingView situation = new FundingView(funding.version(), amounts.total(), amounts.governmentBudget(),
                amounts.specialAccount(), amounts.unitFunds(), null, null, null);
        return store.write(region, department, year, Scope.PROJECT, code, new TargetContent(project.name(),
                project.unit(), project.unitName(), funding.departmentName(), request.annualGoal(), "[]", funding.version(),
                json.write(situation), null, json.write(indicators), json.write(findings)), actor, indicators.size());
    }

    public TargetView overall(String region, String department, int year) {
        return json.view(targets.find(region, department, year, Scope.OVERALL, "").orElseThrow(() -> new NotFoundProblem(
                "No overall performance target " + year + " of department " + department + " in region " + region + ".")));
    }

    public TargetView project(String region, String department, int year, String code) {
        return json.view(targets.find(region, department, year, Scope.PROJECT, code).orElseThrow(() -> new NotFoundProblem(
                "No performance target " + year + " of project " + code + " of department " + department + ".")));
    }

    public List<TargetView> projects(String region, String department, int year) {
        return targets.projects(region, department, year).stream().map(json::view).toList();
    }

    /** The targets of a year: the overall one, the projects', and the budget's projects that have none. */
    public TargetSummary summary(String region, String department, int year) {
        TargetView overall = targets.find(region, department, year, Scope.OVERALL, "").map(json::view).orElse(null);
        List<TargetView> projects = projects(region, department, year);
        if (overall == null && projects.isEmpty()) {
            throw new NotFoundProblem("No performance targets " + year + " of department " + department + " in region "
                    + region + ".");
        }
        java.util.Set<String> withTargets = projects.stream().map(TargetView::projectCode).collect(java.util.stream.Collectors.toSet());
        List<TargetFinding> findings = new java.util.ArrayList<>();
        if (overall != null && overall.budget().projects() != null) {
            for (FundingView.BudgetProject project : overall.budget().projects()) {
                if (!withTargets.contains(project.code())) {
                    findings.add(new TargetFinding("WARNING", "PROJECT_WITHOUT_TARGETS", null, "Project " + project.code()
                            + " " + project.name() + " is in the budget but has no performance targets."));
                }
            }
        }
        return new TargetSummary(region, department, year, overall != null,
                projects.stream().map(p -> new TargetSummary.ProjectEntry(p.projectCode(), p.projectName(), p.budget().total(),
                        p.indicators().size())).toList(), findings);
    }

    /** What the department's stored targets are at (see {@link PerformanceTargetRepository#revisions}). */
    public java.util.Optional<String> revisions(String region, String department, int year, Scope scope, String project) {
        return targets.revisions(region, department, year, scope, project);
    }

    private BudgetFunding funding(String region, String department, int year) {
        try {
            return budget.funding(region, department, year);
        } catch (BudgetRefused refused) {
            if (refused.status() != 404) {
                throw refused.problem("the published budget's funding");
            }
            throw new ProblemException(422, "no-published-budget", "No published budget",
                    "budget-service has no published " + year + " budget of department " + department + " in region "
                            + region + "; targets attach to a published budget. Nothing was stored.");
        } catch (RuntimeException unavailable) {
            throw new DependencyUnavailableProblem("budget-service", unavailable);
        }
    }
}
