package io.yusuan.localrun;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo data a local run loads once its services are ready, through their APIs with the token of each write's
 * role and scope, exactly as a budget office or an integrator would: the 2022 budget of the source document
 * (区政务服务和大数据管理局, 410304/141), published, then its performance targets (tables 12 and 13 of the same
 * document). {@code ./run} loads it at every start and the system tests once; each step loads only what is not
 * there yet, so a second start reuses the data.
 *
 * <p>The steps run in order, each after what it depends on: the targets read their 预算情况 and project amounts
 * from the published budget.
 */
public final class DemoData {

    /** The source document's budget: approved by the district finance bureau on 1 February 2022. */
    static final String SOURCE_BUDGET = "demo/budgets/410304-141-2022.json";
    static final LocalDate SOURCE_APPROVAL_DATE = LocalDate.of(2022, 2, 1);
    static final String SOURCE_APPROVED_BY = "区财政局";
    /** The source document's 2022 performance targets: its 整体绩效目标表 and six 项目绩效目标. */
    static final String SOURCE_TARGETS = "demo/performance/410304-141-2022.json";
    static final String SOURCE_REGION = "410304";
    static final String SOURCE_DEPARTMENT = "141";
    static final int SOURCE_YEAR = 2022;

    /** Long enough for every step; minted for the load only. */
    private static final Duration LOAD_TOKEN_VALIDITY = Duration.ofMinutes(15);

    private final List<DemoStep> steps;

    DemoData(List<DemoStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The demo data of the project at {@code projectRoot}, in load order. */
    public static DemoData of(Path projectRoot) {
        return new DemoData(List.of(
                new PublishedBudget(projectRoot.resolve(SOURCE_BUDGET), SOURCE_APPROVAL_DATE, SOURCE_APPROVED_BY),
                new PerformanceTargets(projectRoot.resolve(SOURCE_TARGETS), SOURCE_REGION, SOURCE_DEPARTMENT, SOURCE_YEAR)));
    }

    List<DemoStep> steps() {
        return steps;
    }

    /**
     * Loads every step into the running {@code stack}, in order, reporting each outcome as it comes.
     *
     * @throws DemoDataException at the first step that fails; the steps before it stay loaded
     */
    public List<DemoOutcome> load(LocalStack stack, Consumer<DemoOutcome> progress) throws InterruptedException {
        TokenSource tokens = (role, region, departments) ->
                stack.jwt().scopedToken("yusuan-demo-data", LOAD_TOKEN_VALIDITY, region, departments, role);
        return load(new ServiceCalls(stack::baseUrl, tokens), progress);
    }

    List<DemoOutcome> load(ServiceCalls calls, Consumer<DemoOutcome> progress) throws InterruptedException {
        List<DemoOutcome> outcomes = new ArrayList<>();
        for (DemoStep step : steps) {
            DemoOutcome outcome = step.load(calls);
            progress.accept(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
