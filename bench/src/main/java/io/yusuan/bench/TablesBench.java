package io.yusuan.bench;

import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.Service;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The read rate of a published budget's tables, version-addressed ({@code ?version=1}, an answer that never changes),
 * as a ratio to budget-service's own {@code /q/health/live} — the trivial endpoint, measured in the same rounds on
 * the same connections: how near to "as fast as the service can answer anything" a published table is served.
 */
final class TablesBench {

    private static final int YEAR = 2022;
    private static final long SEED = 7;
    private static final String JSON = "application/json";
    private static final String BASELINE = "baseline: GET /q/health/live";

    private final BenchStack stack;
    private final Path root;

    TablesBench(BenchStack stack, Path root) {
        this.stack = stack;
        this.root = root;
    }

    /**
     * @param rounds      rounds, each timing every read once for {@code seconds}, in a new shuffled order
     * @param seconds     how long each read is timed in a round (and warmed up, once, before the first)
     * @param connections kept-alive connections sending at once
     */
    void run(int rounds, int seconds, int connections) throws Exception {
        BudgetPackage budget = new BudgetGenerator(CatalogLists.shipped(root, YEAR), "410304", SEED).next();
        new Publisher(stack.services().baseUrl(Service.BUDGET), stack.publisherTokens(Duration.ofMinutes(10)))
                .publish(budget, false);
        String tables = "/api/v1/" + budget.path() + "/tables/";
        List<RequestRate.Target> targets = List.of(
                new RequestRate.Target(BASELINE, "/q/health/live", JSON),
                new RequestRate.Target("table 01 ?version=1", tables + "01?version=1", JSON),
                new RequestRate.Target("table 05 ?version=1", tables + "05?version=1", JSON),
                new RequestRate.Target("table 06 ?version=1", tables + "06?version=1", JSON));
        RequestRate rate = new RequestRate(stack.services().baseUrl(Service.BUDGET), connections);
        System.out.printf("Warming up: %d s per read on %d connections%n", seconds, connections);
        for (RequestRate.Target target : targets) {
            rate.during(target, seconds * 1000L);
        }
        Map<RequestRate.Target, List<RequestRate.Measured>> measured = new LinkedHashMap<>();
        targets.forEach(target -> measured.put(target, new ArrayList<>()));
        Random random = new Random(42);
        double loadBefore = Main.loadAverage();
        for (int round = 0; round < rounds; round++) {
            List<RequestRate.Target> order = new ArrayList<>(targets);
            Collections.shuffle(order, random);
            for (RequestRate.Target target : order) {
                measured.get(target).add(rate.during(target, seconds * 1000L));
            }
            System.out.printf("Measured %d of %d rounds%n", round + 1, rounds);
        }
        double loadAfter = Main.loadAverage();

        double baseline = perSecond(measured.get(targets.get(0)));
        System.out.println();
        System.out.printf("budget-service tables, %d cores, load average %.2f before and %.2f after, %d rounds of %d s "
                        + "per read on %d kept-alive connections, %s (%d lines)%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, rounds, seconds, connections,
                budget.path(), budget.expenditures().size());
        System.out.println("| read | requests | requests/s | per round (requests/s) | requests/s / baseline requests/s |");
        System.out.println("|---|---:|---:|---|---:|");
        measured.forEach((target, rates) -> System.out.printf("| %s | %,d | %,.0f | %s | %.3f× |%n", target.name(),
                rates.stream().mapToLong(RequestRate.Measured::requests).sum(), perSecond(rates),
                String.join(", ", rates.stream().map(r -> String.format("%,.0f", r.perSecond())).toList()),
                perSecond(rates) / baseline));
    }

    /** All requests of the rounds over all their time. */
    private static double perSecond(List<RequestRate.Measured> rates) {
        long requests = rates.stream().mapToLong(RequestRate.Measured::requests).sum();
        long nanos = rates.stream().mapToLong(RequestRate.Measured::nanos).sum();
        return requests / (nanos / 1e9);
    }
}
