package io.yusuan.budget.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The export's SQL, in plain JDBC: a year can hold millions of lines, so they are read through a server-side
 * cursor ({@link #FETCH_SIZE} rows at a time, which needs autocommit off) and never held in memory. The budgets
 * served are the ones the publication events name: for each budget of the year, its latest event (at or before
 * asOf), so that replaying the change feed rebuilds exactly what the export serves.
 */
@ApplicationScoped
public class ExportQuery {

    static final int FETCH_SIZE = 1000;

    /**
     * The lines of the budgets in {@code included} (a CTE of budget_id, version_id, published_at), with their names:
     * each budget's expenditure lines, then its revenue lines. Public so that the export benchmark can hand the very
     * same select to {@code COPY ... TO STDOUT} as its baseline.
     */
    public static final String LINES = """
            select d.region_code, v.region_name, d.code, v.department_name, b.fiscal_year, v.number, i.published_at,
                x.flow, x.line_no, x.unit_code, u.name, u.type, x.function_code, fn.name, x.kind, x.category,
                x.project_code, p.name, p.category, x.economic_code, en.name, x.government_economic_code, gn.name,
                x.source, x.fund, x.carryover, x.amount
            from included i
            join budget_version v on v.id = i.version_id
            join budget b on b.id = i.budget_id
            join department d on d.id = b.department_id
            cross join lateral (
                (select 'EXPENDITURE' as flow, l.line_no, l.unit_code, l.function_code::text as function_code, l.kind,
                    l.category, l.project_code, l.economic_code::text as economic_code,
                    l.government_economic_code::text as government_economic_code, null::text as source, l.fund,
                    l.carryover, l.amount
                from expenditure_line l where l.version_id = i.version_id order by l.line_no)
                union all
                (select 'REVENUE', r.line_no, r.unit_code, null, null, null, null, null, null, r.source, r.fund, null,
                    r.amount
                from revenue_line r where r.version_id = i.version_id order by r.line_no)
            ) x
            join budget_unit u on u.version_id = i.version_id and u.code = x.unit_code
            left join project p on p.version_id = i.version_id and p.code = x.project_code
            left join classification_name fn
                on fn.fiscal_year = b.fiscal_year and fn.scheme = 'functional' and fn.code = x.function_code
            left join classification_name en
                on en.fiscal_year = b.fiscal_year and en.scheme = 'economic-department' and en.code = x.economic_code
            left join classification_name gn
                on gn.fiscal_year = b.fiscal_year and gn.scheme = 'economic-government'
                and gn.code = x.government_economic_code""";

    private final DataSource dataSource;

    /** Published data only: through the read-only datasource, a replica where a deployment has one. */
    public ExportQuery(@io.quarkus.agroal.DataSource("reads") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the export's snapshot and reads its summary; the caller streams or closes it. */
    public LineExport open(ExportRequest request) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // the headers' summary and the body's lines must describe the same snapshot
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            return new LineExport(connection, request, summary(connection, request));
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException("Could not open the export", e);
        }
    }

    private static LineExport.Summary summary(Connection connection, ExportRequest request) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = included(request, parameters) + "select count(*), coalesce(max(sequence), 0), max(published_at) from included";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                OffsetDateTime newest = row.getObject(3, OffsetDateTime.class);
                return new LineExport.Summary(row.getLong(1), row.getLong(2), newest == null ? null : newest.toInstant());
            }
        }
    }

    /** Streams the lines of the export's budgets: each budget's expenditure lines, then its revenue lines. */
    static void lines(Connection connection, ExportRequest request, LineExport.Sink sink) throws SQLException, IOException {
        List<Object> parameters = new ArrayList<>();
        String sql = included(request, parameters) + LINES;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH_SIZE);
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sink.accept(line(row));
                }
            }
        }
    }

    /**
     * {@code with included as (...)}: for each budget of the year (in the region's subtree), the version its latest
     * publication event names (at or before asOf), if that was published after since.
     */
    private static String included(ExportRequest request, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("""
                with chosen as (
                    select distinct on (e.budget_id) e.budget_id, e.version_id, e.sequence, e.published_at
                    from publication_event e
                    join budget b on b.id = e.budget_id
                    join department d on d.id = b.department_id
                    where b.fiscal_year = ?""");
        parameters.add(request.year());
        if (request.asOf() != null) {
            sql.append(" and e.published_at <= ?");
            parameters.add(request.asOf());
        }
        if (request.region() != null) {
            // the region itself, or any region whose chain (41/4103/410304) passes through it
            sql.append(" and (d.region_code = ? or d.region_code in"
                    + " (select code from region where '/' || path_codes || '/' like ?))");
            parameters.add(request.region());
            parameters.add("%/" + request.region() + "/%");
        }
        sql.append("\n    order by e.budget_id, e.sequence desc\n), included as (select * from chosen");
        if (request.since() != null) {
            sql.append(" where published_at > ?");
            parameters.add(request.since());
        }
        return sql.append(")\n").toString();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
    }

    private static ExportLine line(ResultSet row) throws SQLException {
        return new ExportLine(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                row.getInt(6), row.getObject(7, OffsetDateTime.class).toInstant(), row.getString(8), row.getInt(9),
                row.getString(10), row.getString(11), row.getString(12), row.getString(13), row.getString(14),
                row.getString(15), row.getString(16), row.getString(17), row.getString(18), row.getString(19),
                row.getString(20), row.getString(21), row.getString(22), row.getString(23), row.getString(24),
                row.getString(25), (Boolean) row.getObject(26), row.getBigDecimal(27));
    }
}
