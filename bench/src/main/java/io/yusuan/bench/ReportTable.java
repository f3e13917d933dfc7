package io.yusuan.bench;

/**
 * The figures of one run as a plain-text table, ready to paste into bench/README.md. The ratio column is the
 * figure to compare between runs and machines; the milliseconds only describe this run.
 */
final class ReportTable {

    private ReportTable() {
    }

    static String render(Results results, String validationName, int batchSize) {
        StringBuilder table = new StringBuilder();
        table.append("| operation | samples | median ms | p90 ms | median / baseline median |\n");
        table.append("|---|---:|---:|---:|---:|\n");
        for (Results.Measured measured : results.operations()) {
            Latencies latencies = measured.latencies();
            table.append(String.format("| %s | %d | %.3f | %.3f | %.1f× |%n", measured.name(), latencies.count(),
                    latencies.medianMillis(), latencies.p90Millis(), results.ratioToBaseline(measured)));
        }
        Results.Measured validation = results.named(validationName);
        double perCodeMicros = validation.latencies().medianMillis() * 1000 / batchSize;
        table.append(String.format("%nValidation per code: %.2f µs (median / %,d)%n", perCodeMicros, batchSize));
        return table.toString();
    }
}
