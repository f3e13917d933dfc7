package io.yusuan.bench;

import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
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
import java.util.stream.Stream;

/**
 * The SQL budget-service runs for a region's roll-up table, timed directly on the database: over JDBC, every
 * statement's rows read, and in psql with {@code \timing}, its statements' times summed. The text is the service's
 * own, from {@code RollupQuery.sql} of the packaged budget-service: its class needs the service's libraries, which the
 * benchmark's class path leaves out, so it is called in a class loader of the packaged application's jars
 * ({@code budget-service/target/quarkus-app}) — the very code the running service is.
 */
final class RollupSql {

    private static final String ROLLUP_QUERY = "io.yusuan.budget.region.RollupQuery";
    private static final Pattern TIME = Pattern.compile("^Time: ([0-9.]+) ms", Pattern.MULTILINE);

    private final String sql;
    private final int statements;

    RollupSql(Path root, String region, int year, boolean includeSubregions, String table) {
        this.sql = serviceSql(root, region, year, includeSubregions, table);
        this.statements = sql.split(";\n").length;
    }

    private static String serviceSql(Path root, String region, int year, boolean includeSubregions, String table) {
        Path application = Service.BUDGET.jar(root).getParent();
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> app = Files.list(application.resolve("app"));
                Stream<Path> libraries = Files.list(application.resolve("lib/main"))) {
            for (Path jar : Stream.concat(app, libraries).filter(path -> path.toString().endsWith(".jar")).toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("budget-service is not packaged under " + application, e);
        }
        try (URLClassLoader service = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Method sql = service.loadClass(ROLLUP_QUERY)
                    .getMethod("sql", String.class, int.class, boolean.class, String.class, boolean.class);
            return (String) sql.invoke(null, region, year, includeSubregions, table, false);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Could not call " + ROLLUP_QUERY + ".sql of the packaged budget-service", e);
        }
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
