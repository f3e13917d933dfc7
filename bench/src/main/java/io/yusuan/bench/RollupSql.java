package io.yusuan.bench;

import io.yusuan.localrun.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * statement's rows read, and in an open psql session with {@code \timing}, its statements' times summed. The text is the service's
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
     * A psql session ({@code psql -X -q}, {@code \\timing on}) kept open, so that its executions can be interleaved
     * with the service's calls and see the database as they do; null when there is no psql on the path.
     */
    Psql psql(int port, String database) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder("psql", "-X", "-q", "-h", "localhost", "-p", Integer.toString(port), "-U",
                    "postgres", "-d", database, "-o", "/dev/null").redirectErrorStream(true).start();
        } catch (IOException noPsql) {
            return null;
        }
        Psql psql = new Psql(process);
        psql.send("\\timing on\n");
        return psql;
    }

    /** An open psql session running the roll-up's statements on request. */
    final class Psql implements AutoCloseable {

        private static final String DONE = "-- executed --";

        private final Process process;
        private final Writer in;
        private final BufferedReader out;

        private Psql(Process process) {
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        private void send(String text) throws IOException {
            in.write(text);
            in.flush();
        }

        /** One execution of every statement: the sum of their times as psql reports them. */
        long nanos() throws IOException {
            send(sql + "\\echo '" + DONE + "'\n");
            double millis = 0;
            int timed = 0;
            StringBuilder output = new StringBuilder();
            for (String line = out.readLine(); !DONE.equals(line); line = out.readLine()) {
                if (line == null) {
                    throw new IllegalStateException("psql ended: " + output);
                }
                output.append(line).append('\n');
                Matcher time = TIME.matcher(line);
                if (time.find()) {
                    millis += Double.parseDouble(time.group(1));
                    timed++;
                }
            }
            if (timed != statements || output.indexOf("ERROR") >= 0) {
                throw new IllegalStateException("psql timed " + timed + " statements, not " + statements + ": " + output);
            }
            return (long) (millis * 1e6);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            send("\\q\n");
            process.waitFor();
        }
    }
}
