package io.yusuan.performance.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.performance.scoring.BudgetExecution;
import io.yusuan.performance.scoring.EvaluatedIndicator;
import io.yusuan.performance.scoring.EvaluationResult;
import io.yusuan.performance.scoring.InvalidEvaluationException;
import io.yusuan.performance.scoring.ScoringTier;
import io.yusuan.performance.scoring.SelfEvaluationScorer;
import io.yusuan.performance.scoring.TierWeights;
import io.yusuan.performance.target.ChangeSummary;
import io.yusuan.performance.target.Indicator;
import io.yusuan.performance.target.PerformanceTarget;
import io.yusuan.performance.target.PerformanceTargetRepository;
import io.yusuan.performance.target.Scope;
import io.yusuan.performance.target.TargetEvent;
import io.yusuan.performance.target.TargetEventRepository;
import io.yusuan.performance.target.TargetView;
import io.yusuan.performance.target.Targets;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.NotFoundProblem;
import io.yusuan.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Actuals of a period, and the self-evaluation they give (财预〔2020〕10号 scoring). */
@ApplicationScoped
public class Evaluations {

    private final Targets targets;
    private final PerformanceTargetRepository stored;
    private final ActualReportRepository reports;
    private final TargetEventRepository events;
    private final ObjectMapper json;

    public Evaluations(Targets targets, PerformanceTargetRepository stored, ActualReportRepository reports,
            TargetEventRepository events, ObjectMapper json) {
        this.targets = targets;
        this.stored = stored;
        this.reports = reports;
        this.events = events;
        this.json = json;
    }

    /**
     * Stores the actuals of a project's or the overall target, once checked: for a project, they must score. The change
     * feed's ACTUALS event, recording {@code actor}, is appended in the same transaction.
     *
     * @param actor who reports them (the token's subject, once its scope was checked)
     */
    @Transactional
    public ActualsRecorded record(BudgetKey key, Scope scope, String project, ActualsRequest actuals, String actor) {
        ReportingWindow.check(key.year(), actuals.asOf());
        TargetView target = scope == Scope.PROJECT ? targets.project(key.region(), key.department(), key.year(), project)
                : targets.overall(key.region(), key.department(), key.year());
        for (int i = 0; i < actuals.indicators().size(); i++) {
            int index = actuals.indicators().get(i).indicator();
            if (index >= target.indicators().size()) {
                throw rejected("/indicators/" + i + "/indicator", "UNKNOWN_INDICATOR",
                        "the target has " + target.indicators().size() + " indicators, numbered from 0");
            }
        }
        if (scope == Scope.PROJECT) {
            evaluate(target, actuals);
        }
        PerformanceTarget written = stored.find(key.region(), key.department(), key.year(), scope,
                scope == Scope.PROJECT ? project : "").orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        ActualReport report = new ActualReport(written.id(), actuals.period(), actuals.asOf(), actuals.executed(),
                write(actuals), now);
        reports.persist(report);
        events.actualsRecorded(written, report.id(), new TargetEvent.Stamp(actor, now, ChangeSummary.actualsRecorded(
                written, actuals.period().name(), actuals.asOf(), actuals.indicators().size())));
        return new ActualsRecorded(report.id(), actuals.period(), actuals.asOf(), actuals.indicators().size());
    }

    public EvaluationView evaluation(String region, String department, int year, String project, Period period) {
        TargetView target = targets.project(region, department, year, project);
        long id = stored.find(region, department, year, Scope.PROJECT, project).orElseThrow().id();
        ActualReport report = reports.latest(id, period).orElseThrow(() -> new NotFoundProblem(
                "No " + (period == null ? "" : period + " ") + "actuals of project " + project + " for " + year + "."));
        return new EvaluationView(project, report.period(), report.asOf(), evaluate(target, read(report.body())));
    }

    private static EvaluationResult evaluate(TargetView target, ActualsRequest actuals) {
        return score(target.indicators(), target.budget().total(), actuals);
    }

    /**
     * The self-evaluation of a project's indicators against reported actuals.
     *
     * @param budget the project's 资金总额 (yuan), against which the 预算执行数 is a rate
     * @throws ProblemException 422 when the actuals do not score (a tier not scored, an actual not fitting its target)
     */
    public static EvaluationResult score(List<Indicator> indicators, java.math.BigDecimal budget, ActualsRequest actuals) {
        Map<Integer, IndicatorActual> byIndex = new HashMap<>();
        actuals.indicators().forEach(actual -> byIndex.put(actual.indicator(), actual));
        List<EvaluatedIndicator> evaluated = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            ScoringTier tier = ScoringTier.fromName(indicator.tier1()).orElseThrow(() -> rejected("/indicators",
                    "UNSCORABLE_TIER", indicator.tier1() + " is not a tier a self-evaluation scores"));
            IndicatorActual actual = byIndex.get(i);
            try {
                evaluated.add(evaluated(indicator, tier, actual));
            } catch (InvalidEvaluationException invalid) {
                throw rejected("/indicators", "INVALID_ACTUAL", invalid.getMessage());
            }
        }
        BudgetExecution execution = actuals.executed() == null ? null
                : new BudgetExecution(budget, actuals.executed());
        try {
            return actuals.weights() == null ? SelfEvaluationScorer.score(evaluated, execution)
                    : SelfEvaluationScorer.score(evaluated, execution, TierWeights.of(actuals.weights().output(),
                            actuals.weights().benefit(), actuals.weights().satisfaction(), actuals.weights().budgetExecution()));
        } catch (InvalidEvaluationException invalid) {
            throw rejected("/weights", "INVALID_WEIGHTS", invalid.getMessage());
        }
    }

    /** An indicator no actual was reported for, or one reported as not applicable, is left out of the total. */
    private static EvaluatedIndicator evaluated(Indicator indicator, ScoringTier tier, IndicatorActual actual) {
        EvaluatedIndicator result;
        if (actual == null || Boolean.FALSE.equals(actual.applicable())) {
            result = EvaluatedIndicator.notApplicable(indicator.name(), tier, indicator.target());
        } else if (indicator.target().isQuantitative()) {
            result = EvaluatedIndicator.quantitative(indicator.name(), tier, indicator.target(), actual.actual());
        } else if (actual.gradePercent() != null) {
            result = EvaluatedIndicator.qualitative(indicator.name(), tier, indicator.target(), actual.grade(), actual.gradePercent());
        } else {
            result = EvaluatedIndicator.qualitative(indicator.name(), tier, indicator.target(), actual.grade());
        }
        return indicator.weight() == null ? result : result.withWeight(indicator.weight());
    }

    private static ProblemException rejected(String pointer, String code, String message) {
        return new ProblemException(422, "actuals-rejected", "Actuals rejected", message + "; nothing was stored.",
                List.of(new FieldError(pointer, code, message)));
    }

    private String write(ActualsRequest actuals) {
        try {
            return json.writeValueAsString(actuals);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Records write as JSON", e);
        }
    }

    private ActualsRequest read(String body) {
        try {
            return json.readValue(body, ActualsRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored actuals read back", e);
        }
    }
}
