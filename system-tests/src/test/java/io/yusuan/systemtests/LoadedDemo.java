package io.yusuan.systemtests;

import io.yusuan.localrun.DemoOutcome;
import io.yusuan.localrun.LocalStack;
import java.util.List;

/**
 * The running Yusuan of {@link LocalStackExtension} after local-run's demo data was loaded into it, as
 * {@code ./run} loads it: the source document's 2022 budget, published in budget-service, then its performance
 * targets (整体绩效目标 and the six 项目绩效目标) written to performance-service.
 *
 * @param stack    the running services
 * @param outcomes what each demo step did, in load order: the budget, then the targets
 */
public record LoadedDemo(LocalStack stack, List<DemoOutcome> outcomes) {
}
