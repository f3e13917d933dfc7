package io.yusuan.bench;

import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.Publisher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes a province's packages through the API (draft, submit, approve, publish, each with its scoped token) from
 * several loaders at once, in the order given, until every one is published or the time is up: a loader starts no
 * new budget after the deadline, and finishes the one it is on. A budget that fails (after the publisher's own
 * retries of a 503) is counted and reported, and the load goes on.
 */
final class ProvinceLoad {

    /** What the load published, and in how long. */
    record Loaded(List<BudgetPackage> published, long lines, long nanos, List<String> failures, int loaders) {
        double budgetsPerSecond() {
            return published.size() / (nanos / 1e9);
        }

        double linesPerSecond() {
            return lines / (nanos / 1e9);
        }
    }

    private static final long PROGRESS_NANOS = 60_000_000_000L;

    private ProvinceLoad() {
    }

    static Loaded publish(Publisher publisher, List<BudgetPackage> ordered, int loaders, long maxNanos)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong lines = new AtomicLong();
        ConcurrentSkipListSet<Integer> published = new ConcurrentSkipListSet<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + maxNanos;
        AtomicLong nextProgress = new AtomicLong(start + PROGRESS_NANOS);
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < loaders; i++) {
                running.add(pool.submit(() -> {
                    for (int index = next.getAndIncrement(); index < ordered.size() && System.nanoTime() < deadline;
                            index = next.getAndIncrement()) {
                        BudgetPackage budget = ordered.get(index);
                        try {
                            publisher.publish(budget, false);
                            published.add(index);
                            lines.addAndGet(budget.expenditures().size());
                        } catch (RuntimeException e) {
                            failures.add(budget.path() + ": " + e.getMessage());
                        }
                        long now = System.nanoTime();
                        long due = nextProgress.get();
                        if (now > due && nextProgress.compareAndSet(due, due + PROGRESS_NANOS)) {
                            System.out.printf("  %,d of %,d budgets published (%,d lines) in %.0f s, load average %.2f%n",
                                    published.size(), ordered.size(), lines.get(), (now - start) / 1e9,
                                    Main.loadAverage());
                        }
                    }
                }));
            }
            for (Future<?> loader : running) {
                try {
                    loader.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - start;
        return new Loaded(published.stream().map(ordered::get).toList(), lines.get(), nanos, List.copyOf(failures), loaders);
    }
}
