package io.yusuan.budget.load;

import io.yusuan.budget.finding.Finding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a version's lines with JDBC batches: a province-scale package has tens of thousands of
 * lines, and the tables are SQL groupings of them, so no ORM object is needed per line. Runs in
 * the caller's transaction.
 */
final class PackageWriter {

    private static final List<String> CHILD_TABLES = List.of(
            "finding", "procurement_line", "expenditure_line", "revenue_line", "project", "budget_unit");

    private final Connection connection;
    private final long version;

    PackageWriter(Connection connection, long version) {
        this.connection = connection;
        this.version = version;
    }

    /** Replaces everything the version held with the package's lines and findings. */
    void replace(BudgetPackage budget, List<Finding> findings) throws SQLException {
        for (String table : CHILD_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where version_id = ?")) {
                delete.setLong(1, version);
                delete.executeUpdate();
            }
        }
        units(budget.units());
        projects(orEmpty(budget.projects()));
        revenues(orEmpty(budget.revenues()));
        expenditures(orEmpty(budget.expenditures()));
        procurement(orEmpty(budget.procurement()));
        findings(findings);
    }

    private void units(List<BudgetPackage.Unit> units) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into budget_unit (version_id, code, name, type) values (?, ?, ?, ?)")) {
            for (BudgetPackage.Unit unit : units) {
                insert.setLong(1, version);
                insert.setString(2, unit.code());
                insert.setString(3, unit.name());
                insert.setString(4, unit.type().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void projects(List<BudgetPackage.Project> projects) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into project (version_id, code, name, unit_code, category, position) values (?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < projects.size(); position++) {
                BudgetPackage.Project project = projects.get(position);
                insert.setLong(1, version);
                insert.setString(2, project.code());
                insert.setString(3, project.name());
                insert.setString(4, project.unit());
                insert.setString(5, project.category().name());
                insert.setInt(6, position + 1);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void revenues(List<BudgetPackage.Revenue> revenues) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into revenue_line (version_id, line_no, unit_code, source, fund, amount) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < revenues.size(); i++) {
                BudgetPackage.Revenue revenue = revenues.get(i);
                insert.setLong(1, version);
                insert.setInt(2, i);
                insert.setString(3, revenue.unit());
                insert.setString(4, revenue.source().name());
                nullable(insert, 5, revenue.fund() == null ? null : revenue.fund().name());
                insert.setBigDecimal(6, revenue.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void expenditures(List<BudgetPackage.Expenditure> lines) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into expenditure_line (version_id, line_no, unit_code, function_code, kind, category, project_code,
                    economic_code, government_economic_code, fund, carryover, amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < lines.size(); i++) {
                BudgetPackage.Expenditure line = lines.get(i);
                insert.setLong(1, version);
                insert.setInt(2, i);
                insert.setString(3, line.unit());
                insert.setString(4, line.functionCode());
                insert.setString(5, line.kind().name());
                nullable(insert, 6, line.category() == null ? null : line.category().name());
                nullable(insert, 7, line.project());
                nullable(insert, 8, line.economicCode());
                nullable(insert, 9, line.governmentEconomicCode());
                insert.setString(10, line.fund().name());
                insert.setBoolean(11, line.carryover());
                insert.setBigDecimal(12, line.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void procurement(List<BudgetPackage.Procurement> lines) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into procurement_line (version_id, line_no, unit_code, type, item, amount) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                BudgetPackage.Procurement line = lines.get(i);
                insert.setLong(1, version);
                insert.setInt(2, i);
                insert.setString(3, line.unit());
                insert.setString(4, line.type().name());
                insert.setString(5, line.item());
                insert.setBigDecimal(6, line.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void findings(List<Finding> findings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into finding (version_id, seq, severity, code, pointer, message) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                insert.setLong(1, version);
                insert.setInt(2, i);
                insert.setString(3, finding.severity().name());
                insert.setString(4, finding.code());
                nullable(insert, 5, finding.pointer());
                insert.setString(6, finding.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Keeps the names of the codes the year's budgets use, as catalog-service gave them. */
    static void names(Connection connection, int year, CodeNames names) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into classification_name (fiscal_year, scheme, code, name, level, three_public_part)
                values (?, ?, ?, ?, ?, ?)
                on conflict (fiscal_year, scheme, code)
                do update set name = excluded.name, level = excluded.level, three_public_part = excluded.three_public_part""")) {
            // In code order: two drafts stored at once lock the rows they share in the same order, instead of each
            // waiting for a row the other holds (a deadlock PostgreSQL breaks by failing one load with a 500).
            List<CodeNames.Name> ordered = names.all().stream()
                    .sorted(Comparator.comparing(CodeNames.Name::scheme).thenComparing(CodeNames.Name::code)).toList();
            for (CodeNames.Name name : ordered) {
                upsert.setInt(1, year);
                upsert.setString(2, name.scheme());
                upsert.setString(3, name.code());
                upsert.setString(4, name.name());
                upsert.setInt(5, name.level());
                nullable(upsert, 6, name.threePublicPart());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Copies every line of one version into another: an adjustment starts from the published version. */
    static void copy(Connection connection, long from, long to) throws SQLException {
        List<String> statements = List.of(
                "insert into budget_unit (version_id, code, name, type) select ?, code, name, type from budget_unit where version_id = ?",
                "insert into project (version_id, code, name, unit_code, category, position) select ?, code, name, unit_code, category, position from project where version_id = ?",
                "insert into revenue_line (version_id, line_no, unit_code, source, fund, amount) select ?, line_no, unit_code, source, fund, amount from revenue_line where version_id = ?",
                """
                insert into expenditure_line (version_id, line_no, unit_code, function_code, kind, category, project_code,
                    economic_code, government_economic_code, fund, carryover, amount)
                select ?, line_no, unit_code, function_code, kind, category, project_code, economic_code,
                    government_economic_code, fund, carryover, amount from expenditure_line where version_id = ?""",
                "insert into procurement_line (version_id, line_no, unit_code, type, item, amount) select ?, line_no, unit_code, type, item, amount from procurement_line where version_id = ?",
                "insert into finding (version_id, seq, severity, code, pointer, message) select ?, seq, severity, code, pointer, message from finding where version_id = ?");
        for (String sql : statements) {
            try (PreparedStatement copy = connection.prepareStatement(sql)) {
                copy.setLong(1, to);
                copy.setLong(2, from);
                copy.executeUpdate();
            }
        }
    }

    private static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
