package io.yusuan.bench;

import io.yusuan.budget.region.RollupQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL budget-service runs for a region's roll-up table ({@link RollupQuery#sql}, compiled into the benchmark from
 * budget-service's jar, so it is always the service's own), timed directly on the database: over JDBC, every
 * statement's rows read, and in psql with {@code \timing}, its statements' times summed.
 */
final class RollupSql {

    private static final Pattern TIME = Pattern.compile("^Time: ([0-9.]+) ms", Pattern.MULTILINE);

    private final String sql;
    private final int statements;

    RollupSql(String region, int year, boolean includeSubregions, String table) {
        this.sql = RollupQuery.sql(region, year, includeSubregions, table, false);
        this.statements = sql.split(";\n").length;
    }

    /** One execution of every statement over JDBC, all their rows read. */
    long jdbcNanos(Connection database) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = database.createStatement()) {
            boolean rows = statement.execute(sql);
            while (true) {
                if (rows) {
                    try (ResultSet result = statement.getResultSet()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            for (int c = 1; c <= columns; c++) {
                                result.getObject(c);
                            }
                        }
                    }
                } else if (statement.getUpdateCount() == -1) {
                    break;
                }
                rows = statement.getMoreResults();
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * {@code times} executions in one psql session ({@code psql -X -f}, {@code \timing on}), each the sum of its
     * statements' times as psql reports them; empty when there is no psql on the path.
     */
    List<Long> psqlNanos(int port, String database, int times) throws IOException, InterruptedException {
        Path script = Files.createTempFile("rollup", ".sql");
        try {
            Files.writeString(script, "\\timing on\n" + (sql).repeat(times), StandardCharsets.UTF_8);
            Process psql;
            try {
                psql = new ProcessBuilder("psql", "-X", "-q", "-h", "localhost", "-p", Integer.toString(port), "-U",
                        "postgres", "-d", database, "-o", "/dev/null", "-f", script.toString())
                        .redirectErrorStream(true).start();
            } catch (IOException noPsql) {
                return List.of();
            }
            String output;
            try (InputStream in = psql.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (psql.waitFor() != 0 || output.contains("ERROR")) {
                throw new IllegalStateException("psql failed: " + output);
            }
            List<Double> each = new ArrayList<>();
            Matcher matcher = TIME.matcher(output);
            while (matcher.find()) {
                each.add(Double.parseDouble(matcher.group(1)));
            }
            if (each.size() != statements * times) {
                throw new IllegalStateException("psql timed " + each.size() + " statements, not " + statements * times
                        + ": " + output);
            }
            List<Long> executions = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                double millis = each.subList(i * statements, (i + 1) * statements).stream().mapToDouble(Double::doubleValue)
                        .sum();
                executions.add((long) (millis * 1e6));
            }
            return executions;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
