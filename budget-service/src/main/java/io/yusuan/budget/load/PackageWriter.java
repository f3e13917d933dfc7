package io.yusuan.budget.load;

import io.yusuan.budget.finding.Finding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a version's lines with {@code COPY FROM STDIN} ({@link CopyRows}): a province-scale package has tens of
 * thousands of lines, and the tables are SQL groupings of them, so no ORM object is needed per line. Runs in the
 * caller's transaction.
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

    /**
     * Replaces everything the version held with the package's lines and findings.
     *
     * @param created whether the version was created in this transaction, so that it holds nothing to delete yet
     */
    void replace(BudgetPackage budget, List<Finding> findings, boolean created) throws SQLException {
        if (!created) {
            for (String table : CHILD_TABLES) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where version_id = ?")) {
                    delete.setLong(1, version);
                    delete.executeUpdate();
                }
            }
        }
        // a kind of line the package has none of costs no round trip to the database
        units(budget.units());
        if (!orEmpty(budget.projects()).isEmpty()) {
            projects(budget.projects());
        }
        if (!orEmpty(budget.revenues()).isEmpty()) {
            revenues(budget.revenues());
        }
        if (!orEmpty(budget.expenditures()).isEmpty()) {
            expenditures(budget.expenditures());
        }
        if (!orEmpty(budget.procurement()).isEmpty()) {
            procurement(budget.procurement());
        }
        if (!findings.isEmpty()) {
            findings(findings);
        }
    }

    private void units(List<BudgetPackage.Unit> units) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "budget_unit (version_id, code, name, type)")) {
            for (BudgetPackage.Unit unit : units) {
                rows.number(version).text(unit.code()).text(unit.name()).text(unit.type().name()).endRow();
            }
            rows.finish();
        }
    }

    private void projects(List<BudgetPackage.Project> projects) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "project (version_id, code, name, unit_code, category, position)")) {
            for (int position = 0; position < projects.size(); position++) {
                BudgetPackage.Project project = projects.get(position);
                rows.number(version).text(project.code()).text(project.name()).text(project.unit())
                        .text(project.category().name()).number(position + 1L).endRow();
            }
            rows.finish();
        }
    }

    private void revenues(List<BudgetPackage.Revenue> revenues) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "revenue_line (version_id, line_no, unit_code, source, fund, amount)")) {
            for (int i = 0; i < revenues.size(); i++) {
                BudgetPackage.Revenue revenue = revenues.get(i);
                rows.number(version).number(i).text(revenue.unit()).text(revenue.source().name())
                        .text(revenue.fund() == null ? null : revenue.fund().name()).amount(revenue.amount()).endRow();
            }
            rows.finish();
        }
    }

    private void expenditures(List<BudgetPackage.Expenditure> lines) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, """
                expenditure_line (version_id, line_no, unit_code, function_code, kind, category, project_code,
                    economic_code, government_economic_code, fund, carryover, amount)""")) {
            for (int i = 0; i < lines.size(); i++) {
                BudgetPackage.Expenditure line = lines.get(i);
                rows.number(version).number(i).text(line.unit()).text(line.functionCode()).text(line.kind().name())
                        .text(line.category() == null ? null : line.category().name()).text(line.project())
                        .text(line.economicCode()).text(line.governmentEconomicCode()).text(line.fund().name())
                        .bool(line.carryover()).amount(line.amount()).endRow();
            }
            rows.finish();
        }
    }

    private void procurement(List<BudgetPackage.Procurement> lines) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "procurement_line (version_id, line_no, unit_code, type, item, amount)")) {
            for (int i = 0; i < lines.size(); i++) {
                BudgetPackage.Procurement line = lines.get(i);
                rows.number(version).number(i).text(line.unit()).text(line.type().name()).text(line.item())
                        .amount(line.amount()).endRow();
            }
            rows.finish();
        }
    }

    private void findings(List<Finding> findings) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "finding (version_id, seq, severity, code, pointer, message)")) {
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                rows.number(version).number(i).text(finding.severity().name()).text(finding.code())
                        .text(finding.pointer()).text(finding.message()).endRow();
            }
            rows.finish();
        }
    }

    /**
     * Keeps the names of the codes the year's budgets use, as catalog-service gave them. A name already stored as
     * given is left alone: every budget of a year shares most of its names (the 类 at least), and an upsert of such a
     * row would rewrite it and hold its lock until commit, so that loads of different departments wait for each other.
     */
    static void names(Connection connection, int year, CodeNames names) throws SQLException {
        // In code order: two drafts storing a new name at once lock the rows they share in the same order, instead of
        // each waiting for a row the other holds (a deadlock PostgreSQL breaks by failing one load with a 500).
        List<CodeNames.Name> ordered = names.all().stream()
                .sorted(Comparator.comparing(CodeNames.Name::scheme).thenComparing(CodeNames.Name::code)).toList();
        if (ordered.isEmpty()) {
            return;
        }
        Set<CodeNames.Name> stored = stored(connection, year, ordered);
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into classification_name (fiscal_year, scheme, code, name, level, three_public_part)
                values (?, ?, ?, ?, ?, ?)
                on conflict (fiscal_year, scheme, code)
                do update set name = excluded.name, level = excluded.level, three_public_part = excluded.three_public_part""")) {
            int pending = 0;
            for (CodeNames.Name name : ordered) {
                if (stored.contains(name)) {
                    continue;
                }
                upsert.setInt(1, year);
                upsert.setString(2, name.scheme());
                upsert.setString(3, name.code());
                upsert.setString(4, name.name());
                upsert.setInt(5, name.level());
                nullable(upsert, 6, name.threePublicPart());
                upsert.addBatch();
                pending++;
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        }
    }

    /** Those of {@code names} the year already holds exactly so (read without locking anything). */
    private static Set<CodeNames.Name> stored(Connection connection, int year, List<CodeNames.Name> names)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select c.scheme, c.code, c.name, c.level, c.three_public_part
                from classification_name c
                join unnest(?::text[], ?::text[]) as k (scheme, code) on k.scheme = c.scheme and k.code = c.code
                where c.fiscal_year = ?""")) {
            select.setArray(1, connection.createArrayOf("text", names.stream().map(CodeNames.Name::scheme).toArray()));
            select.setArray(2, connection.createArrayOf("text", names.stream().map(CodeNames.Name::code).toArray()));
            select.setInt(3, year);
            Set<CodeNames.Name> stored = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(new CodeNames.Name(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getString(5)));
                }
            }
            return stored;
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
