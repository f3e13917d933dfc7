package io.yusuan.bench;

import java.util.List;

/** What one run measured, per operation, the baseline first. */
record Results(List<Measured> operations) {

    record Measured(String name, Latencies latencies) {
    }

    Results {
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("Nothing measured");
        }
        operations = List.copyOf(operations);
    }

    Measured baseline() {
        return operations.get(0);
    }

    Measured named(String name) {
        return operations.stream().filter(measured -> measured.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not measured: " + name));
    }

    /** The operation's median over the baseline's median, both from this run. */
    double ratioToBaseline(Measured measured) {
        return measured.latencies().medianMillis() / baseline().latencies().medianMillis();
    }
}
