package io.yusuan.bench;

import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.ProvinceGenerator;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The whole system at a province's scale, every figure a ratio to a baseline measured in the same run, in this order:
 * each service's start to its first answer and its memory at rest (against a JVM that only answers); a generated
 * province ({@link ProvinceGenerator}) published through the API for as long as the time allows, the prefecture to
 * roll up first; the upload of a 20,000-line package against {@code COPY FROM STDIN} of its lines; a department's
 * published table read under moderate load against {@code /q/health/live}; a prefecture's roll-up over its published
 * departments against the roll-up's SQL run directly; each service's memory after the load and after the run.
 */
final class ProvinceBench {

    static final int YEAR = 2022;
    static final long SEED = 2022;
    private static final String JSON = "application/json";
    /** Lines of the package whose upload is timed: a large department's (an 教育局 of hundreds of schools). */
    private static final int UPLOAD_LINES = 20_000;
    private static final int UPLOAD_RUNS = 5;
    private static final int START_RUNS = 3;
    private static final long REST_MILLIS = 5_000;
    private static final int READ_CONNECTIONS = 4;
    private static final int READ_SECONDS = 10;
    private static final int READ_ROUNDS = 3;
    private static final int ROLLUP_WARM_UPS = 10;
    private static final int PUBLICATIONS = 10;
    private static final int ROLLUP_REPEATS = 30;
    private static final List<String> ROLLUP_TABLES = List.of("01", "05", "07");

    private final BenchStack stack;
    private final Path root;
    private final List<String> report = new ArrayList<>();

    ProvinceBench(BenchStack stack, Path root) {
        this.stack = stack;
        this.root = root;
    }

    /**
     * @param budgets     the province's size ({@link ProvinceGenerator#FULL_SIZE} by default)
     * @param loadMinutes how long the API load may go on; what it published by then is what the rest measures
     * @param loaders     budgets published at once
     */
    void run(int budgets, int loadMinutes, int loaders) throws Exception {
        long runStart = System.nanoTime();
        URI budgetService = stack.services().baseUrl(Service.BUDGET);
        Publisher.Tokens tokens = stack.publisherTokens(Duration.ofHours(3));
        Publisher publisher = new Publisher(budgetService, tokens);
        Map<Service, ProcessHandle> processes = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            processes.put(service, stack.process(service));
        }
        report.add(String.format("Province benchmark, %s, %d cores, %s of RAM, load average %.2f at the start",
                Instant.now(), Runtime.getRuntime().availableProcessors(), ServiceMemory.machineMemory(),
                Main.loadAverage()));

        Thread.sleep(REST_MILLIS);
        Map<Service, Long> atRest = resident(processes);
        for (ProcessHandle process : processes.values()) {
            ServiceMemory.resetPeak(process);
        }
        startTimes(processes);

        CatalogLists lists = CatalogLists.shipped(root, YEAR);
        long generating = System.nanoTime();
        List<BudgetPackage> province = ProvinceGenerator.generate(lists, SEED, budgets);
        String prefecture = ProvinceGenerator.largestPrefecture(province);
        String prefix = prefecture.substring(0, 4);
        List<BudgetPackage> ordered = new ArrayList<>(province.stream()
                .filter(budget -> budget.region().code().startsWith(prefix)).toList());
        ordered.addAll(province.stream().filter(budget -> !budget.region().code().startsWith(prefix)).toList());
        describe(province, prefecture, ordered.stream().filter(b -> b.region().code().startsWith(prefix)).count(),
                (System.nanoTime() - generating) / 1e9);

        System.out.printf("Publishing through the API with %d loaders for at most %d minutes, %s first%n", loaders,
                loadMinutes, prefecture);
        double loadBefore = Main.loadAverage();
        ProvinceLoad.Loaded loaded = ProvinceLoad.publish(publisher, ordered, loaders, loadMinutes * 60_000_000_000L);
        reportLoad(loaded, province, prefix, loadBefore);
        Map<Service, Long> afterLoad = resident(processes);

        try (Connection database = stack.database(Service.BUDGET)) {
            upload(lists, budgetService, tokens, database);
            List<BudgetPackage> inPrefecture = loaded.published().stream()
                    .filter(budget -> budget.region().code().startsWith(prefix)).toList();
            tableReads(budgetService, inPrefecture.get(0));
            rollups(budgetService, publisher, lists, database, prefecture, inPrefecture);
        }
        Map<Service, Long> afterRun = resident(processes);
        memory(processes, atRest, afterLoad, afterRun);

        System.out.println();
        System.out.println("=".repeat(100));
        report.add(String.format("Whole run: %.1f minutes, load average %.2f at the end",
                (System.nanoTime() - runStart) / 60e9, Main.loadAverage()));
        report.forEach(System.out::println);
    }

    private void startTimes(Map<Service, ProcessHandle> processes) throws IOException, InterruptedException {
        System.out.println("Starting a second instance of each service, and the baseline JVM, " + START_RUNS + " times");
        Map<String, List<ServiceStart.Started>> starts = new LinkedHashMap<>();
        for (int run = 0; run < START_RUNS; run++) {
            ServiceStart.Started baseline = ServiceStart.trivial(ProjectLocation.codeLocation(), REST_MILLIS);
            starts.computeIfAbsent(baseline.name(), name -> new ArrayList<>()).add(baseline);
            for (Map.Entry<Service, ProcessHandle> service : processes.entrySet()) {
                ServiceStart.Started started = ServiceStart.copyOf(service.getKey().moduleName(), service.getValue(),
                        REST_MILLIS);
                starts.computeIfAbsent(started.name(), name -> new ArrayList<>()).add(started);
            }
        }
        double baselineStart = median(starts.values().iterator().next().stream().mapToLong(ServiceStart.Started::startNanos)
                .toArray());
        double baselineRss = median(starts.values().iterator().next().stream()
                .mapToLong(ServiceStart.Started::restingKilobytes).toArray());
        report.add("");
        report.add(String.format("Start to the first 200 of GET /q/health/ready (a second instance on the migrated database, "
                + "median of %d starts), and VmRSS %d s after it, load average %.2f after", START_RUNS,
                REST_MILLIS / 1000, Main.loadAverage()));
        report.add("| process | start ms (each) | start / baseline | Quarkus' \"started in\" ms (median) | VmRSS at rest MB "
                + "| VmRSS / baseline |");
        report.add("|---|---:|---:|---:|---:|---:|");
        starts.forEach((name, runs) -> {
            double start = median(runs.stream().mapToLong(ServiceStart.Started::startNanos).toArray());
            double quarkus = median(runs.stream().mapToDouble(ServiceStart.Started::quarkusMillis).toArray());
            double rss = median(runs.stream().mapToLong(ServiceStart.Started::restingKilobytes).toArray());
            report.add(String.format("| %s | %.0f (%s) | %.2f× | %s | %.0f | %.2f× |", name, start / 1e6,
                    String.join(", ", runs.stream().map(r -> String.format("%.0f", r.startNanos() / 1e6)).toList()),
                    start / baselineStart, Double.isNaN(quarkus) ? "—" : String.format("%.0f", quarkus), rss / 1024,
                    rss / baselineRss));
        });
    }

    private void describe(List<BudgetPackage> province, String prefecture, long inPrefecture, double seconds) {
        List<Integer> sizes = province.stream().map(budget -> budget.expenditures().size()).sorted().toList();
        long lines = sizes.stream().mapToLong(Integer::longValue).sum();
        long regions = province.stream().map(budget -> budget.region().code()).distinct().count();
        report.add("");
        report.add(String.format("Generated province (seed %d, %.1f s): %,d department budgets in %d regions of 河南省, "
                        + "%,d expenditure lines (median %d per budget, largest %d, %d budgets of 200 lines or more); "
                        + "%s and its counties: %,d budgets", SEED, seconds, province.size(), regions, lines,
                sizes.get(sizes.size() / 2), sizes.get(sizes.size() - 1), sizes.stream().filter(s -> s >= 200).count(),
                prefecture, inPrefecture));
        System.out.println(report.get(report.size() - 1));
    }

    private void reportLoad(ProvinceLoad.Loaded loaded, List<BudgetPackage> province, String prefix, double loadBefore) {
        long inPrefecture = loaded.published().stream().filter(b -> b.region().code().startsWith(prefix)).count();
        report.add("");
        report.add(String.format("Load through the API (PUT draft, submit, approve, publish; %d loaders), load average "
                        + "%.2f before and %.2f after:", loaded.loaders(), loadBefore, Main.loadAverage()));
        report.add(String.format("  %,d of %,d budgets published (%,d expenditure lines, %,d of them in %s00 and its "
                        + "counties) in %.1f s: %.1f budgets/s, %,.0f lines/s; %d failed%s", loaded.published().size(),
                province.size(), loaded.lines(), inPrefecture, prefix, loaded.nanos() / 1e9,
                loaded.budgetsPerSecond(), loaded.linesPerSecond(), loaded.failures().size(),
                loaded.failures().isEmpty() ? "" : ", the first: " + loaded.failures().get(0)));
        if (loaded.published().size() < province.size()) {
            report.add(String.format("  The time allowed ran out: %,d budgets were not loaded, and nothing was copied in "
                    + "SQL; every figure below is over what came through the API.",
                    province.size() - loaded.published().size() - loaded.failures().size()));
        }
        System.out.println(String.join("\n", report.subList(report.size() - 2, report.size())));
    }

    private void upload(CatalogLists lists, URI budgetService, Publisher.Tokens tokens, Connection database)
            throws Exception {
        report.add("");
        report.addAll(new UploadBench(budgetService, tokens, database, lists, SEED).run(UPLOAD_RUNS, UPLOAD_LINES));
    }

    private void tableReads(URI budgetService, BudgetPackage budget) throws Exception {
        WrkRate rate = new WrkRate(budgetService, READ_CONNECTIONS);
        String tables = "/api/v1/" + budget.path() + "/tables/";
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("baseline: GET /q/health/live", "/q/health/live");
        targets.put("table 01 ?version=1", tables + "01?version=1");
        targets.put("table 05 ?version=1", tables + "05?version=1");
        System.out.printf("Table reads of %s: %d s warm-up each, %d rounds of %d s%n", budget.path(), READ_SECONDS,
                READ_ROUNDS, READ_SECONDS);
        for (String path : targets.values()) {
            rate.during(path, JSON, READ_SECONDS);
        }
        Map<String, List<WrkRate.Measured>> measured = new LinkedHashMap<>();
        targets.keySet().forEach(name -> measured.put(name, new ArrayList<>()));
        Random random = new Random(42);
        double loadBefore = Main.loadAverage();
        for (int round = 0; round < READ_ROUNDS; round++) {
            List<String> order = new ArrayList<>(targets.keySet());
            Collections.shuffle(order, random);
            for (String name : order) {
                measured.get(name).add(rate.during(targets.get(name), JSON, READ_SECONDS));
            }
        }
        double baseline = measured.values().iterator().next().stream().mapToDouble(WrkRate.Measured::perSecond).average()
                .orElseThrow();
        report.add("");
        report.add(String.format("One department's published table (%s, %d lines) against the trivial endpoint, %s, %d "
                        + "connections, %d rounds of %d s, load average %.2f before and %.2f after:", budget.path(),
                budget.expenditures().size(), rate.withWrk() ? "wrk -t2" : "kept-alive sockets (no wrk)",
                READ_CONNECTIONS, READ_ROUNDS, READ_SECONDS, loadBefore, Main.loadAverage()));
        report.add("| read | requests/s (mean of rounds) | per round | p50 ms (median of rounds) | p99 ms (median of rounds) "
                + "| requests/s / baseline |");
        report.add("|---|---:|---|---:|---:|---:|");
        measured.forEach((name, rounds) -> {
            double perSecond = rounds.stream().mapToDouble(WrkRate.Measured::perSecond).average().orElseThrow();
            report.add(String.format("| %s | %,.0f | %s | %.3f | %.3f | **%.3f×** |", name, perSecond,
                    String.join(", ", rounds.stream().map(r -> String.format("%,.0f", r.perSecond())).toList()),
                    median(rounds.stream().mapToDouble(WrkRate.Measured::p50Millis).toArray()),
                    median(rounds.stream().mapToDouble(WrkRate.Measured::p99Millis).toArray()), perSecond / baseline));
        });
    }

    private void rollups(URI budgetService, Publisher publisher, CatalogLists lists, Connection database,
            String prefecture, List<BudgetPackage> published) throws Exception {
        System.out.printf("Roll-ups of %s with its subregions: %d untimed and %d timed publications, %d repeated calls%n",
                prefecture, ROLLUP_WARM_UPS, PUBLICATIONS, ROLLUP_REPEATS);
        double loadBefore = Main.loadAverage();
        List<RollupTiming.Figures> figures;
        try {
            figures = new RollupTiming(budgetService, publisher, new BudgetGenerator(lists, "41", SEED), database,
                    stack.databasePort(), root, YEAR).measure(prefecture, ROLLUP_TABLES, published, ROLLUP_WARM_UPS,
                    PUBLICATIONS, ROLLUP_REPEATS);
        } catch (RuntimeException e) {
            report.add("");
            report.add("Roll-up of " + prefecture + ": not measured, " + e);
            System.out.println(report.get(report.size() - 1));
            return;
        }
        report.add("");
        report.add(String.format("Roll-up of %s?includeSubregions=true (JSON) against its SQL (RollupQuery.sql) run directly: "
                        + "on a vacuumed and analyzed database, the first call after each of %d publications (after %d "
                        + "untimed ones; the very first call of each table, on a service that had computed none, apart), "
                        + "then %d calls interleaved with as many JDBC executions; psql (one open session, \\timing, its "
                        + "statements summed) run once after each timed call; load average %.2f before and %.2f after:",
                prefecture, PUBLICATIONS, ROLLUP_WARM_UPS, ROLLUP_REPEATS, loadBefore, Main.loadAverage()));
        report.add("| table | departments | answer bytes | psql median ms (p90) | JDBC median ms (p90) | very first call ms "
                + "| first after publication, median ms (max) | first / psql | repeated median ms (p90) | repeated / psql |");
        report.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (RollupTiming.Figures f : figures) {
            double sql = f.sql().medianMillis();
            report.add(String.format("| %s | %,d | %,d | %s | %.2f (%.2f) | %.1f | %.2f (%.2f) | **%.2f×** | %.2f (%.2f) "
                            + "| **%.2f×** |",
                    f.table(), f.departments(), f.answerBytes(),
                    f.psql() == null ? "no psql: JDBC is the baseline"
                            : String.format("%.2f (%.2f)", f.psql().medianMillis(), f.psql().p90Millis()),
                    f.jdbc().medianMillis(), f.jdbc().p90Millis(), f.coldNanos() / 1e6,
                    f.firstAfterPublication().medianMillis(), f.firstAfterPublication().maxMillis(),
                    f.firstAfterPublication().medianMillis() / sql, f.repeated().medianMillis(),
                    f.repeated().p90Millis(), f.repeated().medianMillis() / sql));
        }
    }

    private void memory(Map<Service, ProcessHandle> processes, Map<Service, Long> atRest, Map<Service, Long> afterLoad,
            Map<Service, Long> afterRun) throws IOException {
        report.add("");
        report.add("Resident memory of the stack's services (VmRSS; peak VmHWM since they were at rest):");
        report.add("| service | at rest MB | after the load MB | after the run MB | peak MB |");
        report.add("|---|---:|---:|---:|---:|");
        for (Map.Entry<Service, ProcessHandle> service : processes.entrySet()) {
            Service name = service.getKey();
            report.add(String.format("| %s | %.0f | %.0f | %.0f | %.0f |", name, atRest.get(name) / 1024.0,
                    afterLoad.get(name) / 1024.0, afterRun.get(name) / 1024.0,
                    ServiceMemory.peakKilobytes(service.getValue()) / 1024.0));
        }
    }

    private static Map<Service, Long> resident(Map<Service, ProcessHandle> processes) throws IOException {
        Map<Service, Long> resident = new EnumMap<>(Service.class);
        for (Map.Entry<Service, ProcessHandle> process : processes.entrySet()) {
            resident.put(process.getKey(), ServiceMemory.residentKilobytes(process.getValue()));
        }
        return resident;
    }

    private static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
