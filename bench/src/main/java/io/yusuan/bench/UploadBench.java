package io.yusuan.bench;

import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.ProvinceGenerator;
import io.yusuan.generator.Publisher;
import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads of a large package ({@link UploadTiming}), {@value #WARM_UPS} warm-ups and then the runs asked, each a new
 * department's {@code PUT .../draft} followed by {@code COPY} of its lines into {@code expenditure_line} (the baseline) and into the
 * table without foreign keys: the province benchmark's upload figure, and {@code bench.jar upload} on its own.
 */
final class UploadBench {

    /**
     * Uploads not counted: after one, a PUT of 20,000 lines still took 1.3–1.6 s in some runs and 0.7 s in others,
     * the JIT still compiling its path; after three it is steady.
     */
    static final int WARM_UPS = 3;

    private final UploadTiming uploads;
    private final CatalogLists lists;
    private final long seed;

    UploadBench(URI budgetService, Publisher.Tokens tokens, Connection database, CatalogLists lists, long seed)
            throws Exception {
        this.uploads = new UploadTiming(budgetService, tokens, database);
        this.lists = lists;
        this.seed = seed;
    }

    /** The report's lines: a heading and a table of lines/s, the PUT's as a ratio to each COPY's. */
    List<String> run(int runs, int lines) throws Exception {
        System.out.printf("Upload: %d runs of a %,d-line package, PUT against COPY%n", runs, lines);
        List<UploadTiming.Upload> puts = new ArrayList<>();
        List<UploadTiming.Upload> keyed = new ArrayList<>();
        List<UploadTiming.Upload> unkeyed = new ArrayList<>();
        double loadBefore = Main.loadAverage();
        for (int run = 0; run < WARM_UPS + runs; run++) {
            BudgetPackage large = ProvinceGenerator.largeDepartment(lists, seed + run, "410000", 90 + run, lines);
            UploadTiming.Upload put = uploads.put(large);
            UploadTiming.Upload withKeys = uploads.copyKeyed(large);
            UploadTiming.Upload withoutKeys = uploads.copyUnkeyed(large, -1 - run);
            System.out.printf("  %s %d: PUT %,d lines (%.1f MB of JSON, %d units) in %.2f s, COPY in %.3f s "
                            + "(%.3f s without foreign keys)%n", run < WARM_UPS ? "warm-up" : "run", run, put.lines(),
                    put.bytes() / 1e6, large.units().size(), put.nanos() / 1e9, withKeys.nanos() / 1e9, withoutKeys.nanos() / 1e9);
            if (run >= WARM_UPS) {
                puts.add(put);
                keyed.add(withKeys);
                unkeyed.add(withoutKeys);
            }
        }
        double put = linesPerSecond(puts);
        double copy = linesPerSecond(keyed);
        double copyUnkeyed = linesPerSecond(unkeyed);
        List<String> report = new ArrayList<>();
        report.add(String.format("Upload of a %,d-line package (median of %d runs after %d warm-ups), load average %.2f "
                + "before and %.2f after:", puts.get(0).lines(), runs, WARM_UPS, loadBefore, Main.loadAverage()));
        report.add("| upload | lines/s (median) | each run, s | lines/s / COPY lines/s |");
        report.add("|---|---:|---|---:|");
        report.add(String.format("| baseline: COPY expenditure_line FROM STDIN (its foreign keys and indexes) | %,.0f | %s "
                + "| 1.00× |", copy, seconds(keyed)));
        report.add(String.format("| PUT .../draft (package JSON %.1f MB) | %,.0f | %s | **%.3f×** |",
                puts.get(0).bytes() / 1e6, put, seconds(puts), put / copy));
        report.add(String.format("| for comparison: COPY %s FROM STDIN (no foreign keys) | %,.0f | %s | PUT %.3f× of it |",
                UploadTiming.COPY_TABLE, copyUnkeyed, seconds(unkeyed), put / copyUnkeyed));
        return report;
    }

    private static double linesPerSecond(List<UploadTiming.Upload> uploads) {
        double[] sorted = uploads.stream().mapToDouble(UploadTiming.Upload::linesPerSecond).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String seconds(List<UploadTiming.Upload> uploads) {
        return String.join(", ", uploads.stream().map(u -> String.format("%.2f", u.nanos() / 1e9)).toList());
    }
}
