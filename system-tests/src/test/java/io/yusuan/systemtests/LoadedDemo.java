package io.yusuan.systemtests;

import io.yusuan.localrun.DemoOutcome;
import io.yusuan.localrun.LocalStack;
import java.util.List;

/**
 * The running Yusuan of {@link LocalStackExtension} after local-run's demo data was loaded into it, as
 * {@code ./run} loads it.
 *
 * @param stack    the running services
 * @param outcomes what each demo step did
 */
public record LoadedDemo(LocalStack stack, List<DemoOutcome> outcomes) {
}
