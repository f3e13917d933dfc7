package io.yusuan.bench;

import java.util.Arrays;

/** The timed samples of one operation, sorted. Medians and p90s, not means: one GC pause must not move them. */
final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("No samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedNanos.length;
    }

    double medianMillis() {
        int n = sortedNanos.length;
        double nanos = n % 2 == 1 ? sortedNanos[n / 2] : (sortedNanos[n / 2 - 1] + sortedNanos[n / 2]) / 2.0;
        return nanos / 1e6;
    }

    /** The nearest-rank 90th percentile: the smallest sample at least 90 % of the samples do not exceed. */
    double p90Millis() {
        int rank = (int) Math.ceil(0.9 * sortedNanos.length);
        return sortedNanos[rank - 1] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
