package io.yusuan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies of the budgets loaded through the API, made in budget-service's database directly: loading a million
 * lines through the API takes far longer than the benchmark should (see bench/README.md), and the export reads the
 * same tables whichever way the rows came. Replica {@code k} of department {@code 131} in a region is department
 * {@code 131R<k>} of that region, with copies of every version, unit, project, line and publication event of the
 * original; every amount and code is the original's, so the copies are as valid as the budgets the API checked.
 *
 * <p>The columns are read from the database's catalogue, so that a column a later migration adds is copied too.
 */
final class ReplicatedBudgets {

    /** The tables below a version, parents first (a project names its unit, a line its project). */
    private static final List<String> VERSION_TABLES =
            List.of("budget_unit", "project", "revenue_line", "expenditure_line", "procurement_line", "finding");

    private final Connection connection;

    ReplicatedBudgets(Connection connection) {
        this.connection = connection;
    }

    /** Expenditure lines of the budgets' published versions: what the year's export serves, less revenue lines. */
    long publishedExpenditureLines() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from expenditure_line l "
                     + "join publication_event e on e.version_id = l.version_id")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Adds replicas {@code from} to {@code to} (both included) of every department loaded through the API. */
    void add(int from, int to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table replica on commit drop as select generate_series(" + from + ", "
                    + to + ") as k");
            statement.execute("insert into department (" + columns("department", Set.of("id")) + ") select "
                    + selected("department", Set.of("id"), Map.of("code", "t.code || 'R' || r.k"))
                    + " from department t cross join replica r where t.code !~ 'R'");
            statement.execute("""
                    create temporary table budget_copy on commit drop as
                    select b.id as old_id, nextval(pg_get_serial_sequence('budget', 'id')) as new_id, copy.id as department_id
                    from budget b
                    join department d on d.id = b.department_id
                    cross join replica r
                    join department copy on copy.region_code = d.region_code and copy.code = d.code || 'R' || r.k
                    where d.code !~ 'R'""");
            statement.execute("insert into budget (" + columns("budget", Set.of()) + ") overriding system value select "
                    + selected("budget", Set.of(), Map.of("id", "m.new_id", "department_id", "m.department_id"))
                    + " from budget t join budget_copy m on m.old_id = t.id");
            statement.execute("""
                    create temporary table version_copy on commit drop as
                    select v.id as old_id, nextval(pg_get_serial_sequence('budget_version', 'id')) as new_id,
                        m.new_id as budget_id
                    from budget_version v join budget_copy m on m.old_id = v.budget_id""");
            statement.execute("insert into budget_version (" + columns("budget_version", Set.of())
                    + ") overriding system value select "
                    + selected("budget_version", Set.of(), Map.of("id", "m.new_id", "budget_id", "m.budget_id"))
                    + " from budget_version t join version_copy m on m.old_id = t.id");
            for (String table : VERSION_TABLES) {
                statement.execute("insert into " + table + " (" + columns(table, Set.of()) + ") select "
                        + selected(table, Set.of(), Map.of("version_id", "m.new_id"))
                        + " from " + table + " t join version_copy m on m.old_id = t.version_id");
            }
            statement.execute("insert into publication_event (" + columns("publication_event", Set.of("sequence"))
                    + ") select " + selected("publication_event", Set.of("sequence"),
                            Map.of("budget_id", "m.budget_id", "version_id", "m.new_id"))
                    + " from publication_event t join version_copy m on m.old_id = t.version_id order by t.sequence");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    private String columns(String table, Set<String> omitted) throws SQLException {
        return String.join(", ", names(table, omitted));
    }

    /** The table's columns as the copy selects them: the original's ({@code t.}), or the replacement given. */
    private String selected(String table, Set<String> omitted, Map<String, String> replaced) throws SQLException {
        List<String> expressions = new ArrayList<>();
        for (String column : names(table, omitted)) {
            expressions.add(replaced.getOrDefault(column, "t." + column));
        }
        return String.join(", ", expressions);
    }

    private List<String> names(String table, Set<String> omitted) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!omitted.contains(rows.getString(1))) {
                        names.add(rows.getString(1));
                    }
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("budget-service's database has no table " + table);
        }
        return names;
    }
}
