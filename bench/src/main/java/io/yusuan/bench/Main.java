package io.yusuan.bench;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a benchmark by name: {@code java -jar bench/target/bench.jar catalog [rounds] [warmup]}.
 *
 * <p>Benchmarks are run by hand, never by the build: a timed figure means something only as a ratio to a
 * baseline measured in the same run on the same machine (see bench/README.md), so nothing here passes or fails
 * on a duration.
 */
public final class Main {

    private static final int DEFAULT_ROUNDS = 200;
    private static final int DEFAULT_WARMUP = 200;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3 || !args[0].equals("catalog")) {
            System.err.println("Usage: java -jar bench/target/bench.jar catalog [rounds, default " + DEFAULT_ROUNDS
                    + "] [warm-up requests per operation, default " + DEFAULT_WARMUP + "]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_WARMUP;

        Path root = ProjectLocation.root();
        FunctionalList list = FunctionalList.read(root);
        ValidationBatch batch = ValidationBatch.from(list, ValidationBatch.SIZE);
        try (LocalStack stack = BenchStack.start(root)) {
            HttpCalls http = new HttpCalls();
            CatalogOperations catalog = new CatalogOperations(http, stack.baseUrl(Service.CATALOG), batch);
            catalog.checkAnswers(list);
            List<Operation> operations = catalog.operations();

            System.out.printf("Warming up: %d requests per operation%n", warmup);
            double loadBefore = loadAverage();
            Results results = new InterleavedRounds(operations).run(warmup, rounds);
            double loadAfter = loadAverage();

            System.out.println();
            System.out.printf("catalog-service, %s, %d cores, load average %.2f before and %.2f after, "
                            + "%d rounds after %d warm-up requests per operation%n",
                    LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, rounds, warmup);
            System.out.print(ReportTable.render(results, CatalogOperations.VALIDATION, batch.size()));
        }
    }

    /** The one-minute load average, to tell a quiet run from a busy one when comparing figures. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
