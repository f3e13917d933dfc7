package io.yusuan.bench;

import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.ProvinceGenerator;
import io.yusuan.localrun.Service;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a benchmark by name: {@code java -jar bench/target/bench.jar catalog|export|tables|province|upload [its numbers]}.
 *
 * <p>Benchmarks are run by hand, never by the build: a timed figure means something only as a ratio to a
 * baseline measured in the same run on the same machine (see bench/README.md), so nothing here passes or fails
 * on a duration.
 */
public final class Main {

    private static final String USAGE = """
            Usage: java -jar bench/target/bench.jar catalog [rounds, default 200] [warm-up requests per operation, default 200]
                   java -jar bench/target/bench.jar export [budgets published through the API, default 400] [runs per size, default 3]
                   java -jar bench/target/bench.jar tables [rounds, default 5] [seconds per read and round, default 5] [connections, default 4]
                   java -jar bench/target/bench.jar province [budgets, default 24000] [minutes of loading through the API at most, default 15] [loaders, default 4]
                   java -jar bench/target/bench.jar upload [runs after three warm-ups, default 5] [expenditure lines, default 20000]""";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 4 || !List.of("catalog", "export", "tables", "province", "upload").contains(args[0])) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path root = ProjectLocation.root();
        try (BenchStack stack = BenchStack.start(root)) {
            switch (args[0]) {
                case "catalog" -> catalog(stack, root, number(args, 1, 200), number(args, 2, 200));
                case "export" -> new ExportBench(stack, root).run(number(args, 1, 400), number(args, 2, 3));
                case "province" -> new ProvinceBench(stack, root).run(number(args, 1, ProvinceGenerator.FULL_SIZE),
                        number(args, 2, 15), number(args, 3, 4));
                case "upload" -> upload(stack, root, number(args, 1, 5), number(args, 2, 20_000));
                default -> new TablesBench(stack, root).run(number(args, 1, 5), number(args, 2, 5), number(args, 3, 4));
            }
        }
    }

    private static void catalog(BenchStack stack, Path root, int rounds, int warmup) throws Exception {
        FunctionalList list = FunctionalList.read(root);
        ValidationBatch batch = ValidationBatch.from(list, ValidationBatch.SIZE);
        HttpCalls http = new HttpCalls();
        CatalogOperations catalog = new CatalogOperations(http, stack.services().baseUrl(Service.CATALOG), batch);
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

    /** The province benchmark's upload figure alone (the same packages), on an empty database. */
    private static void upload(BenchStack stack, Path root, int runs, int lines) throws Exception {
        try (Connection database = stack.database(Service.BUDGET)) {
            List<String> report = new UploadBench(stack.services().baseUrl(Service.BUDGET),
                    stack.publisherTokens(Duration.ofHours(1)), database, CatalogLists.shipped(root, ProvinceBench.YEAR),
                    ProvinceBench.SEED)
                    .run(runs, lines);
            System.out.println();
            System.out.printf("%s, %d cores%n", LocalDate.now(), Runtime.getRuntime().availableProcessors());
            report.forEach(System.out::println);
        }
    }

    private static int number(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** The one-minute load average, to tell a quiet run from a busy one when comparing figures. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
