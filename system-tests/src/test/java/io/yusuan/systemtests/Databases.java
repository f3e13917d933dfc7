package io.yusuan.systemtests;

import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The services' databases on the embedded PostgreSQL a stack runs, read directly over JDBC as the superuser zonky's
 * initdb makes (it trusts local connections): each table's row count and a checksum of its rows, to prove that a request
 * changed nothing, and the backends of a service, to end its connections.
 */
final class Databases {

    private final int port;

    Databases(int port) {
        this.port = port;
    }

    /**
     * The PostgreSQL of {@link LocalStackExtension}'s stack: its port is the fourth line of {@code postmaster.pid} in the
     * data directory.
     */
    static Databases ofSharedStack() {
        Path pid = LocalStackExtension.projectRoot().resolve("system-tests/target/yusuan-it/pgdata/postmaster.pid");
        try {
            return new Databases(Integer.parseInt(Files.readAllLines(pid).get(3).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("The shared stack's PostgreSQL is not running: no " + pid, e);
        }
    }

    /** The port PostgreSQL listens on. */
    int port() {
        return port;
    }

    Connection connect(Service service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + service.databaseName(),
                "postgres", "postgres");
    }

    /** Every table of every service, "service.table" → "rows:checksum". */
    Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        for (Service service : Service.values()) {
            state(service).forEach((table, summary) -> state.put(service.databaseName() + "." + table, summary));
        }
        return state;
    }

    /** Every table of {@code service}'s database but Flyway's, "table" → "rows:checksum". */
    Map<String, String> state(Service service) {
        Map<String, String> state = new TreeMap<>();
        try (Connection connection = connect(service); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'"
                    + " and table_name <> 'flyway_schema_history' order by table_name")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet summary = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), ''"
                        + " order by md5(t::text))), '-') from \"" + table.replace("\"", "\"\"") + "\" t")) {
                    summary.next();
                    state.put(table, summary.getLong(1) + ":" + summary.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + service + "'s database: " + e.getMessage(), e);
        }
        return state;
    }

    /** The tables whose rows differ between two states, each with both summaries. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            String was = before.get(table);
            String is = after.get(table);
            if (was == null || !was.equals(is)) {
                differences.add(table + ": " + was + " → " + is);
            }
        }
        return differences;
    }

    /** Each service's backends, ended as an administrator's pg_terminate_backend ends them; how many were ended. */
    Map<Service, Integer> terminateConnections(Service... services) {
        Map<Service, Integer> ended = new EnumMap<>(Service.class);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "postgres");
             PreparedStatement terminate = connection.prepareStatement("select count(*) filter (where"
                     + " pg_terminate_backend(pid)) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            for (Service service : services) {
                terminate.setString(1, service.databaseName());
                try (ResultSet result = terminate.executeQuery()) {
                    result.next();
                    ended.put(service, result.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the services' connections: " + e.getMessage(), e);
        }
        return ended;
    }
}
