package io.yusuan.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times operations in rounds, each round calling every operation once. On a shared, noisy machine a slow minute
 * then slows every operation alike, so the ratios between them hold even when the durations do not — which is
 * why the report gives ratios to the baseline rather than bare durations.
 */
final class InterleavedRounds {

    /** A fixed seed: every run calls the operations in the same sequence of orders. */
    private static final long SEED = 42;

    private final List<Operation> operations;

    InterleavedRounds(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /**
     * @param warmup requests per operation first, untimed, so that the service's JIT and caches are warm
     * @param rounds timed rounds
     */
    Results run(int warmup, int rounds) throws IOException, InterruptedException {
        Random random = new Random(SEED);
        for (int i = 0; i < warmup; i++) {
            for (Operation operation : shuffled(random)) {
                operation.call().nanos();
            }
        }
        Map<Operation, long[]> samples = new LinkedHashMap<>();
        operations.forEach(operation -> samples.put(operation, new long[rounds]));
        int tenth = Math.max(1, rounds / 10);
        for (int round = 0; round < rounds; round++) {
            for (Operation operation : shuffled(random)) {
                samples.get(operation)[round] = operation.call().nanos();
            }
            if ((round + 1) % tenth == 0) {
                System.out.printf("Measured %d of %d rounds%n", round + 1, rounds);
            }
        }
        List<Results.Measured> measured = new ArrayList<>();
        samples.forEach((operation, nanos) -> measured.add(new Results.Measured(operation.name(), Latencies.of(nanos))));
        return new Results(measured);
    }

    /**
     * A new order each round, so that no operation always follows the same one — the 10,000-code validation
     * leaves garbage behind, and whatever came after it every time would pay for its collection.
     */
    private List<Operation> shuffled(Random random) {
        List<Operation> order = new ArrayList<>(operations);
        Collections.shuffle(order, random);
        return order;
    }
}
