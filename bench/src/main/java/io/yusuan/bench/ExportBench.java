package io.yusuan.bench;

import io.yusuan.budget.export.ExportQuery;
import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The bulk export of a year ({@code GET /api/v1/export/2022/lines}, NDJSON) at 100,000 and at 1,000,000 expenditure
 * lines: its lines per second next to PostgreSQL's own {@code COPY (the same select) TO STDOUT} of the same rows in
 * the same run — the fastest the database hands those rows out, so the ratio says what the service adds — and the
 * peak resident memory of budget-service's process during each export (VmHWM, reset before it).
 *
 * <p>The budgets are generated (budget-generator) and published through the API as a budget office would; the rest
 * of the million are copies made in the database ({@link ReplicatedBudgets}), because the API loads a few dozen
 * budgets a second and a million lines is some twenty thousand budgets.
 */
final class ExportBench {

    private static final int YEAR = 2022;
    private static final long SEED = 2022;
    private static final int LOADERS = 4;
    private static final long[] SIZES = {100_000, 1_000_000};

    /**
     * The export's own select ({@link ExportQuery#LINES}, inlined by the compiler) over the budgets a year's export
     * includes when nothing else is asked: the same rows, columns and order, so that COPY sends what the export
     * sends, as text.
     */
    private static final String EXPORT_SELECT = """
            with chosen as (
                select distinct on (e.budget_id) e.budget_id, e.version_id, e.sequence, e.published_at
                from publication_event e
                join budget b on b.id = e.budget_id
                join department d on d.id = b.department_id
                where b.fiscal_year = %d
                order by e.budget_id, e.sequence desc
            ), included as (select * from chosen)
            """.formatted(YEAR) + ExportQuery.LINES;

    /** One timed read of every line: by the export or by COPY. */
    record Read(long lines, long bytes, long firstByteNanos, long nanos) {
        double linesPerSecond() {
            return lines / (nanos / 1e9);
        }
    }

    private final BenchStack stack;
    private final Path root;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ExportBench(BenchStack stack, Path root) {
        this.stack = stack;
        this.root = root;
    }

    /**
     * @param apiBudgets budgets to generate and publish through the API before copying them
     * @param runs       timed exports and COPYs at each size, alternating
     */
    void run(int apiBudgets, int runs) throws Exception {
        URI budgetService = stack.services().baseUrl(Service.BUDGET);
        BudgetGenerator generator = new BudgetGenerator(CatalogLists.shipped(root, YEAR), "41", SEED);
        List<BudgetPackage> budgets = generator.next(apiBudgets);
        long generatedLines = budgets.stream().mapToLong(budget -> budget.expenditures().size()).sum();
        Publisher publisher = new Publisher(budgetService, stack.publisherTokens(Duration.ofHours(2)));
        long start = System.nanoTime();
        publisher.publishAll(budgets, LOADERS);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Published %d generated budgets (%,d expenditure lines) through the API in %.1f s: "
                        + "%.1f budgets/s, %,.0f lines/s, %d loaders%n", apiBudgets, generatedLines, loadSeconds,
                apiBudgets / loadSeconds, generatedLines / loadSeconds, LOADERS);

        ProcessHandle service = stack.process(Service.BUDGET);
        double loadBefore = Main.loadAverage();
        List<String> report = new ArrayList<>();
        try (Connection database = stack.database(Service.BUDGET)) {
            ReplicatedBudgets replicas = new ReplicatedBudgets(database);
            long original = replicas.publishedExpenditureLines();
            int made = 0;
            for (long size : SIZES) {
                int needed = (int) Math.ceil((double) size / original) - 1;
                if (needed > made) {
                    long copyStart = System.nanoTime();
                    replicas.add(made + 1, needed);
                    System.out.printf("Copied the %d budgets %d times in the database in %.1f s%n", apiBudgets,
                            needed - made, (System.nanoTime() - copyStart) / 1e9);
                    made = needed;
                }
                long lines = replicas.publishedExpenditureLines();
                System.out.printf("%nSize %,d: %,d expenditure lines published%n", size, lines);
                exportOnce(budgetService);
                List<Read> exports = new ArrayList<>();
                List<Read> copies = new ArrayList<>();
                List<Long> peaks = new ArrayList<>();
                List<Long> before = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    before.add(ServiceMemory.residentKilobytes(service));
                    ServiceMemory.resetPeak(service);
                    exports.add(exportOnce(budgetService));
                    peaks.add(ServiceMemory.peakKilobytes(service));
                    copies.add(copyOnce(database));
                    System.out.printf("run %d: export %s; COPY %s; budget-service VmRSS %,d kB before, VmHWM %,d kB%n",
                            i + 1, describe(exports.get(i)), describe(copies.get(i)), before.get(i), peaks.get(i));
                }
                report.add(row(lines, exports, copies, before, peaks));
            }
        }
        System.out.println();
        System.out.printf("budget-service export of %d, %d cores, %s of RAM, load average %.2f before and %.2f after "
                        + "the timed part; median of %d runs per size, memory the largest of them%n", YEAR,
                Runtime.getRuntime().availableProcessors(), ServiceMemory.machineMemory(), loadBefore, Main.loadAverage(),
                runs);
        System.out.println("| expenditure lines | records exported | export lines/s | first byte | COPY lines/s | "
                + "export / COPY | export MB | COPY MB | budget-service RSS before | peak RSS during (VmHWM) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        report.forEach(System.out::println);
    }

    private static String row(long lines, List<Read> exports, List<Read> copies, List<Long> before, List<Long> peaks) {
        Read export = median(exports);
        Read copy = median(copies);
        return String.format("| %,d | %,d | %,.0f | %.0f ms | %,.0f | %.2f× | %.0f | %.0f | %,d MB | %,d MB |", lines,
                export.lines(), export.linesPerSecond(), export.firstByteNanos() / 1e6, copy.linesPerSecond(),
                export.linesPerSecond() / copy.linesPerSecond(), export.bytes() / 1e6, copy.bytes() / 1e6,
                before.stream().mapToLong(Long::longValue).max().orElseThrow() / 1024,
                peaks.stream().mapToLong(Long::longValue).max().orElseThrow() / 1024);
    }

    private static Read median(List<Read> reads) {
        List<Read> sorted = new ArrayList<>(reads);
        sorted.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        return sorted.get(sorted.size() / 2);
    }

    private static String describe(Read read) {
        return String.format("%,d lines in %.2f s (%,.0f lines/s, first byte %.0f ms, %.0f MB)", read.lines(),
                read.nanos() / 1e9, read.linesPerSecond(), read.firstByteNanos() / 1e6, read.bytes() / 1e6);
    }

    /** The whole NDJSON export, read to its last byte and its lines counted; nothing is kept. */
    private Read exportOnce(URI budgetService) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(budgetService.resolve("/api/v1/export/" + YEAR + "/lines"))
                .timeout(Duration.ofMinutes(30)).header("Accept", "application/x-ndjson").GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The export answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes()));
        }
        LineCounter counter = new LineCounter();
        try (InputStream body = response.body()) {
            body.transferTo(counter);
        }
        return new Read(counter.lines, counter.bytes, counter.firstByteNanos - start, System.nanoTime() - start);
    }

    /** COPY of the export's select, to STDOUT, read to its last byte and its lines counted. */
    private static Read copyOnce(Connection database) throws SQLException, IOException {
        CopyManager copy = new CopyManager(database.unwrap(BaseConnection.class));
        LineCounter counter = new LineCounter();
        long start = System.nanoTime();
        copy.copyOut("copy (" + EXPORT_SELECT + ") to stdout", counter);
        return new Read(counter.lines, counter.bytes, counter.firstByteNanos - start, System.nanoTime() - start);
    }

    /** Counts the lines and bytes written to it, and notes when the first byte came. */
    private static final class LineCounter extends OutputStream {

        long lines;
        long bytes;
        long firstByteNanos;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            if (bytes == 0 && length > 0) {
                firstByteNanos = System.nanoTime();
            }
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
