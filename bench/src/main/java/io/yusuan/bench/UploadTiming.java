package io.yusuan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.BudgetPackage.Expenditure;
import io.yusuan.generator.PackageJson;
import io.yusuan.generator.Publisher;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * One large package's upload: {@code PUT .../draft} of a department's whole package (its expenditure lines and the
 * units, projects, revenue and procurement lines that come with them), checked against catalog-service and stored,
 * against PostgreSQL's {@code COPY ... FROM STDIN} of the same expenditure lines, as text, in budget-service's own
 * database: into {@code expenditure_line} itself, with its foreign keys and indexes, under a twin of the uploaded
 * version (the fastest way those rows go where the service stores them), and into a table made
 * {@code like expenditure_line} without the foreign keys (a lower floor, kept to compare with earlier runs). Each is
 * timed from sending the first byte to the answer; the JSON, the COPY text and the twin version are made beforehand.
 */
final class UploadTiming {

    /** One timed upload. */
    record Upload(int lines, long bytes, long nanos) {
        double linesPerSecond() {
            return lines / (nanos / 1e9);
        }
    }

    static final String COPY_TABLE = "bench_copy_expenditure_line";
    private static final String COLUMNS = "version_id, line_no, unit_code, function_code, kind, category, project_code, "
            + "economic_code, government_economic_code, fund, carryover, amount";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI budgetService;
    private final Publisher.Tokens tokens;
    private final Connection database;

    UploadTiming(URI budgetService, Publisher.Tokens tokens, Connection database) throws SQLException {
        this.budgetService = budgetService;
        this.tokens = tokens;
        this.database = database;
        try (Statement statement = database.createStatement()) {
            statement.execute("create table if not exists " + COPY_TABLE + " (like expenditure_line including defaults "
                    + "including constraints including indexes)");
        }
    }

    /** The package as a new department's draft: 200 and no ERROR finding, or the run stops. */
    Upload put(BudgetPackage budget) throws IOException, InterruptedException {
        String body = PackageJson.of(budget);
        String token = tokens.token(Publisher.EDITOR, budget.region().code(), List.of(budget.department().code()));
        HttpRequest request = HttpRequest.newBuilder(budgetService.resolve("/api/v1/" + budget.path() + "/draft"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT " + budget.path() + "/draft answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        JsonNode findings = JSON.readTree(response.body()).path("findings");
        findings.forEach(finding -> {
            if (finding.path("severity").asText().equals("ERROR")) {
                throw new IllegalStateException(budget.path() + " was loaded with an ERROR finding: " + finding);
            }
        });
        return new Upload(budget.expenditures().size(), body.getBytes(StandardCharsets.UTF_8).length, nanos);
    }

    /** The package's expenditure lines into a table without foreign keys, as a version of their own. */
    Upload copyUnkeyed(BudgetPackage budget, long versionId) throws SQLException, IOException {
        return copy(budget, versionId, COPY_TABLE);
    }

    /**
     * The package's expenditure lines into {@code expenditure_line}, each row's keys checked against a version of
     * the package's budget made for it (untimed, in SQL): the uploaded draft's version, units and projects copied,
     * as a budget of another year, so that nothing the service reads sees it. It is removed afterwards.
     */
    Upload copyKeyed(BudgetPackage budget) throws SQLException, IOException {
        long draft = draftVersion(budget);
        long twin = twin(draft);
        try {
            return copy(budget, twin, "expenditure_line");
        } finally {
            try (PreparedStatement delete = database.prepareStatement("""
                    with gone as (delete from budget_version where id = ? returning budget_id)
                    delete from budget where id in (select budget_id from gone)""")) {
                delete.setLong(1, twin);
                delete.executeUpdate();
            }
        }
    }

    private long draftVersion(BudgetPackage budget) throws SQLException {
        try (PreparedStatement select = database.prepareStatement("""
                select v.id from budget_version v join budget b on b.id = v.budget_id
                join department d on d.id = b.department_id
                where d.region_code = ? and d.code = ? and b.fiscal_year = ? and v.status = 'DRAFT'""")) {
            select.setString(1, budget.region().code());
            select.setString(2, budget.department().code());
            select.setInt(3, budget.fiscalYear());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No draft of " + budget.path() + " to copy beside");
                }
                return rows.getLong(1);
            }
        }
    }

    /** A copy of the version's row, units and projects, as version 1 of the same department's budget 50 years on. */
    private long twin(long version) throws SQLException {
        long twin;
        try (PreparedStatement insert = database.prepareStatement("""
                with year as (
                    insert into budget (department_id, fiscal_year)
                    select b.department_id, b.fiscal_year + 50 from budget_version v join budget b on b.id = v.budget_id
                    where v.id = ? returning id)
                insert into budget_version (budget_id, number, status, content_hash, department_name,
                    department_short_name, region_name)
                select year.id, 1, 'DRAFT', v.content_hash, v.department_name, v.department_short_name, v.region_name
                from year, budget_version v where v.id = ? returning id""")) {
            insert.setLong(1, version);
            insert.setLong(2, version);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                twin = rows.getLong(1);
            }
        }
        for (String sql : List.of(
                "insert into budget_unit (version_id, code, name, type) select ?, code, name, type from budget_unit "
                        + "where version_id = ?",
                "insert into project (version_id, code, name, unit_code, category, position) select ?, code, name, "
                        + "unit_code, category, position from project where version_id = ?")) {
            try (PreparedStatement insert = database.prepareStatement(sql)) {
                insert.setLong(1, twin);
                insert.setLong(2, version);
                insert.executeUpdate();
            }
        }
        return twin;
    }

    private Upload copy(BudgetPackage budget, long versionId, String table) throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        int lineNo = 0;
        for (Expenditure line : budget.expenditures()) {
            text.append(versionId).append('\t').append(++lineNo).append('\t').append(line.unit()).append('\t')
                    .append(line.functionCode()).append('\t').append(line.kind()).append('\t')
                    .append(nullable(line.category())).append('\t').append(nullable(line.project())).append('\t')
                    .append(nullable(line.economicCode())).append('\t').append(nullable(line.governmentEconomicCode()))
                    .append('\t').append(line.fund()).append('\t').append(line.carryover()).append('\t')
                    .append(line.amount().toPlainString()).append('\n');
        }
        String rows = text.toString();
        CopyManager copy = new CopyManager(database.unwrap(BaseConnection.class));
        long start = System.nanoTime();
        long copied = copy.copyIn("copy " + table + " (" + COLUMNS + ") from stdin", new StringReader(rows));
        long nanos = System.nanoTime() - start;
        if (copied != lineNo) {
            throw new IllegalStateException("COPY stored " + copied + " of " + lineNo + " lines");
        }
        return new Upload(lineNo, rows.getBytes(StandardCharsets.UTF_8).length, nanos);
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }
}
