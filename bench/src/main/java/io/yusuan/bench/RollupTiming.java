package io.yusuan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A region's roll-up table ({@code GET /api/v1/regions/{region}/budgets/{year}/tables/{nn}?includeSubregions=true})
 * over the published budgets of a prefecture and its counties: the first call after a publication (which changes the
 * publication stamp, so no kept answer may be served as it was: the service brings the one it kept up to date with the
 * publication's changes) and repeated calls, against the roll-up's own SQL (what the service runs for a roll-up it has
 * not kept) run directly
 * on budget-service's database: in an open psql session, one execution after each timed call (the baseline), and over
 * JDBC, each execution read to its last row. The database is vacuumed and analyzed before any of it.
 *
 * <p>A publication is an adjustment (预算调整) of one of the region's budgets, published through the API as a budget
 * office would; each round adjusts another budget, so the region's department count stays the same. Untimed rounds come
 * first, so that the timed ones find the service as it runs once it has served roll-ups (its JIT compiled, its pools
 * filled), as psql's median does; the very first call of each table, on a service that has computed none, is reported
 * apart.
 */
final class RollupTiming {

    /** One table's figures. */
    record Figures(String table, int departments, long answerBytes, long coldNanos, Latencies firstAfterPublication,
            Latencies repeated, Latencies jdbc, Latencies psql) {

        /** psql's time where psql ran, else JDBC's: the baseline. */
        Latencies sql() {
            return psql == null ? jdbc : psql;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPT = "application/json";

    private final URI budgetService;
    private final Publisher publisher;
    private final BudgetGenerator adjuster;
    private final Connection database;
    private final int databasePort;
    private final Path root;
    private final int year;

    RollupTiming(URI budgetService, Publisher publisher, BudgetGenerator adjuster, Connection database,
            int databasePort, Path root, int year) {
        this.root = root;
        this.budgetService = budgetService;
        this.publisher = publisher;
        this.adjuster = adjuster;
        this.database = database;
        this.databasePort = databasePort;
        this.year = year;
    }

    /**
     * @param region       six digits (410300)
     * @param tables       the tables' numbers (01, 05)
     * @param adjustable   published budgets of the region, one adjusted before each round
     * @param warmUps      untimed rounds first, each a publication then the first call of every table
     * @param publications timed rounds, each a publication then the first call of every table
     * @param repeats      calls of each table, and executions of its SQL, after the last publication
     */
    List<Figures> measure(String region, List<String> tables, List<BudgetPackage> adjustable, int warmUps,
            int publications, int repeats) throws IOException, InterruptedException, SQLException {
        settle();
        List<RollupSql> sqls = new ArrayList<>();
        List<RollupSql.Psql> sessions = new ArrayList<>();
        List<List<Long>> first = new ArrayList<>();
        List<List<Long>> psql = new ArrayList<>();
        for (String table : tables) {
            RollupSql sql = new RollupSql(root, region, year, true, table);
            sqls.add(sql);
            sessions.add(sql.psql(databasePort, Service.BUDGET.databaseName()));
            first.add(new ArrayList<>());
            psql.add(new ArrayList<>());
        }
        long[] cold = new long[tables.size()];
        try (KeepAliveConnection http = new KeepAliveConnection(budgetService)) {
            for (int round = 0; round < warmUps + publications; round++) {
                BudgetPackage budget = adjustable.get(round % adjustable.size());
                publisher.publish(adjuster.adjusted(budget), true);
                for (int t = 0; t < tables.size(); t++) {
                    long nanos = timedGet(http, path(region, tables.get(t)));
                    if (round == 0) {
                        cold[t] = nanos;
                    }
                    if (round >= warmUps) {
                        first.get(t).add(nanos);
                        if (sessions.get(t) != null) {
                            psql.get(t).add(sessions.get(t).nanos());
                        }
                    }
                }
            }
            List<Figures> figures = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                String table = tables.get(t);
                HttpCalls.Exchange answer = new HttpCalls().get(budgetService.resolve(path(region, table)));
                int departments = JSON.readTree(answer.body()).path("departmentCount").asInt(-1);
                long[] repeated = new long[repeats];
                long[] jdbc = new long[repeats];
                for (int i = 0; i < repeats; i++) {
                    repeated[i] = timedGet(http, path(region, table));
                    jdbc[i] = sqls.get(t).jdbcNanos(database);
                    if (sessions.get(t) != null) {
                        psql.get(t).add(sessions.get(t).nanos());
                    }
                }
                figures.add(new Figures(table, departments, answer.body().length(), cold[t],
                        Latencies.of(first.get(t).stream().mapToLong(Long::longValue).toArray()), Latencies.of(repeated),
                        Latencies.of(jdbc), psql.get(t).isEmpty() ? null
                        : Latencies.of(psql.get(t).stream().mapToLong(Long::longValue).toArray())));
            }
            return figures;
        } finally {
            for (RollupSql.Psql session : sessions) {
                if (session != null) {
                    session.close();
                }
            }
        }
    }

    /**
     * Vacuums and analyzes budget-service's database first: after loading a province, autovacuum would otherwise be at
     * work during some of the timings and not others.
     */
    private void settle() throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    private String path(String region, String table) {
        return "/api/v1/regions/" + region + "/budgets/" + year + "/tables/" + table + "?includeSubregions=true";
    }

    private static long timedGet(KeepAliveConnection http, String path) throws IOException {
        long start = System.nanoTime();
        int status = http.get(path, ACCEPT);
        long nanos = System.nanoTime() - start;
        if (status != 200) {
            throw new IllegalStateException("GET " + path + " answered " + status);
        }
        return nanos;
    }
}
