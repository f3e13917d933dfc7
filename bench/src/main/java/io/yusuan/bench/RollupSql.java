package io.yusuan.bench;

/** The SQL budget-service runs for a region's roll-up table, with its parameters written in. */
final class RollupSql {

    private RollupSql() {
    }

    static String of(String region, int year, boolean includeSubregions, String table) {
        throw new UnsupportedOperationException("budget-service has no RollupQuery yet (branch h4/rollup)");
    }
}
