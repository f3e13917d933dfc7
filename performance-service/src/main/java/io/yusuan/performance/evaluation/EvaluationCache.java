package io.yusuan.performance.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Projects' evaluations, computed once per instance. An entry is keyed by exactly what the evaluation's ETag is made
 * of: the target's id, revision and latest report of actuals ({@code PerformanceTargetRepository#revisions}) and the
 * period asked for. So an entry cannot go stale: rewriting the target bumps its revision and new actuals add a greater
 * report id, either of which is a new key; nothing needs invalidating, and an old key is simply never asked for again.
 * A refusal (404, 422) is thrown, not kept. The number of entries is bounded; one dropped is computed again, to the
 * same answer.
 */
@ApplicationScoped
public class EvaluationCache {

    private final Cache<Key, EvaluationView> entries;

    public EvaluationCache(@ConfigProperty(name = "yusuan.evaluation-cache.entries", defaultValue = "2000") long size) {
        this.entries = Caffeine.newBuilder().maximumSize(size).build();
    }

    /**
     * The evaluation of the target at {@code revisions} for {@code period}, computed by {@code compute} when not kept.
     * Without revisions (no target stored) it is computed as is, to answer its own 404.
     */
    public EvaluationView get(Optional<String> revisions, Period period, Supplier<EvaluationView> compute) {
        if (revisions.isEmpty()) {
            return compute.get();
        }
        // an exception from compute propagates and leaves nothing in the cache
        return entries.get(new Key(revisions.get(), period), key -> compute.get());
    }

    /** How many entries are kept, once pending evictions are done. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private record Key(String revisions, Period period) {
    }
}
