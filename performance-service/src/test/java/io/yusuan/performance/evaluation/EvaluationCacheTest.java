package io.yusuan.performance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.NotFoundProblem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EvaluationCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private Supplier<EvaluationView> counting() {
        return () -> {
            computed.incrementAndGet();
            return new EvaluationView("410304220000000006846", Period.SELF_EVALUATION, LocalDate.of(2022, 12, 31), null);
        };
    }

    @Test
    void computesTheSameKeyOnce() {
        EvaluationCache cache = new EvaluationCache(10);
        EvaluationView first = cache.get(Optional.of("7.3.12"), Period.SELF_EVALUATION, counting());
        EvaluationView second = cache.get(Optional.of("7.3.12"), Period.SELF_EVALUATION, counting());
        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void computesAgainForAnotherRevisionReportOrPeriod() {
        EvaluationCache cache = new EvaluationCache(10);
        cache.get(Optional.of("7.3.12"), Period.SELF_EVALUATION, counting());
        cache.get(Optional.of("7.4.12"), Period.SELF_EVALUATION, counting()); // the target rewritten
        cache.get(Optional.of("7.4.13"), Period.SELF_EVALUATION, counting()); // new actuals
        cache.get(Optional.of("7.4.13"), Period.MONITORING, counting());
        cache.get(Optional.of("7.4.13"), null, counting());
        assertThat(computed).hasValue(5);
    }

    @Test
    void keepsNeitherRefusalsNorWhatHasNoRevisions() {
        EvaluationCache cache = new EvaluationCache(10);
        assertThatThrownBy(() -> cache.get(Optional.of("7.3.12"), Period.MONITORING, () -> {
            computed.incrementAndGet();
            throw new NotFoundProblem("No MONITORING actuals.");
        })).isInstanceOf(NotFoundProblem.class);
        cache.get(Optional.of("7.3.12"), Period.MONITORING, counting());
        cache.get(Optional.empty(), Period.MONITORING, counting());
        cache.get(Optional.empty(), Period.MONITORING, counting());
        assertThat(computed).hasValue(4);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void isBounded() {
        EvaluationCache cache = new EvaluationCache(3);
        for (int report = 0; report < 50; report++) {
            cache.get(Optional.of("7.3." + report), Period.SELF_EVALUATION, counting());
        }
        assertThat(computed).hasValue(50);
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
