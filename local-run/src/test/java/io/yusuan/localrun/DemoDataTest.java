package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@code ./run} loads, in which order; loading it for real is what the system tests do. */
class DemoDataTest {

    @Test
    void theSourceDocumentsBudgetThenItsPerformanceTargets() {
        DemoData demo = DemoData.of(Path.of("/work/yusuan"));

        assertThat(demo.steps()).hasSize(2);
        assertThat(demo.steps().get(0)).isInstanceOfSatisfying(PublishedBudget.class, budget ->
                assertThat(budget.packageFile()).isEqualTo(Path.of("/work/yusuan/demo/budgets/410304-141-2022.json")));
        assertThat(demo.steps().get(1)).isInstanceOfSatisfying(PerformanceTargets.class, targets ->
                assertThat(targets.targetsFile()).isEqualTo(Path.of("/work/yusuan/demo/performance/410304-141-2022.json")));
    }
}
