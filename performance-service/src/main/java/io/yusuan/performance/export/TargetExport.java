package io.yusuan.performance.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.yusuan.performance.evaluation.ActualsRequest;
import io.yusuan.performance.evaluation.Evaluations;
import io.yusuan.performance.scoring.EvaluationResult;
import io.yusuan.performance.target.Indicator;
import io.yusuan.performance.target.TargetJson;
import io.yusuan.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's targets, one line per indicator, read with plain JDBC from a cursor: the rows are fetched {@value
 * #FETCH_SIZE} at a time and written as they come, so memory stays flat however many targets the year holds and the
 * first lines leave before the query ends.
 */
@ApplicationScoped
public class TargetExport {

    static final int FETCH_SIZE = 500;

    /** The latest report of actuals of a target as {@code EvaluationResource} reads it: self-evaluation first, then latest. */
    private static final String SELECT = """
            select t.region_code, t.department_code, t.department_name, t.fiscal_year, t.scope, t.project_code,
                   t.project_name, t.unit_code, t.unit_name, t.revision, t.updated_at, (t.funding ->> 'total')::numeric,
                   t.indicators::text, a.period, a.as_of::text, a.body::text
            from performance_target t
            left join lateral (select r.period, r.as_of, r.body from actual_report r where r.target_id = t.id
                               order by case when r.period = 'SELF_EVALUATION' then 0 else 1 end, r.as_of desc, r.id desc
                               limit 1) a on true
            """;

    /** The order of the unique index (region, department, year, scope, project): no sort before the first row. */
    private static final String ORDER = " order by t.region_code, t.department_code, t.fiscal_year, t.scope, t.project_code";

    /**
     * What an export reflects: the feed's count and newest sequence (every write appends an event, so any write changes
     * it), and the newest write or report of actuals among the targets it includes. It is read before the lines, so a
     * write committed in between may be in the lines but not in it: resuming with {@code since} = newest then sends that
     * target again, and never misses one.
     *
     * @param state  stands in the ETag
     * @param newest null when the export includes no target
     */
    public record Snapshot(String state, OffsetDateTime newest) {
    }

    private final AgroalDataSource database;
    private final TargetJson targets;
    private final ObjectMapper json;

    public TargetExport(AgroalDataSource database, TargetJson targets, ObjectMapper json) {
        this.database = database;
        this.targets = targets;
        this.json = json;
    }

    Snapshot snapshot(ExportQuery query) {
        String sql = "select (select count(*) || '.' || coalesce(max(sequence), 0) from target_event), "
                + "max(greatest(t.updated_at, (select max(r.created_at) from actual_report r where r.target_id = t.id))) "
                + "from performance_target t" + where(query);
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, query);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Snapshot(row.getString(1), row.getObject(2, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The export's snapshot could not be read", e);
        }
    }

    /** Writes the lines; the connection is held only while they are written. */
    void write(ExportQuery query, ExportFormat format, OutputStream out) throws IOException {
        try (Connection connection = database.getConnection()) {
            // PostgreSQL keeps a cursor (and honours the fetch size) only inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SELECT + where(query) + ORDER);
                    ExportFormat.Lines lines = format.lines(out, json)) {
                statement.setFetchSize(FETCH_SIZE);
                bind(statement, query);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        for (ExportRecord record : records(stored(rows))) {
                            lines.write(record);
                        }
                    }
                }
            } finally {
                // nothing was written; the pooled connection goes back as it came
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("The export's query failed", e);
        }
    }

    private List<ExportRecord> records(StoredTarget target) {
        List<Indicator> indicators = targets.indicators(target.indicators());
        ActualsRequest actuals = target.actuals() == null ? null : read(target.actuals());
        return ExportRecords.of(target, indicators, actuals, scored(target, indicators, actuals));
    }

    /** The evaluation of a project's actuals; null for the overall target, whose tiers a self-evaluation does not score. */
    private static EvaluationResult scored(StoredTarget target, List<Indicator> indicators, ActualsRequest actuals) {
        if (actuals == null || !"PROJECT".equals(target.scope())) {
            return null;
        }
        try {
            return Evaluations.score(indicators, target.budgetTotal(), actuals);
        } catch (ProblemException unscorable) {
            // actuals reported before the target was rewritten may no longer fit it: exported, unscored
            return null;
        }
    }

    private static StoredTarget stored(ResultSet row) throws SQLException {
        return new StoredTarget(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getInt(10),
                row.getObject(11, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC), row.getBigDecimal(12),
                row.getString(13), row.getString(14), row.getString(15), row.getString(16));
    }

    private ActualsRequest read(String body) {
        try {
            return json.readValue(body, ActualsRequest.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored actuals read back", e);
        }
    }

    private static String where(ExportQuery query) {
        List<String> conditions = new ArrayList<>(List.of("t.fiscal_year = ?"));
        if (query.regionPrefix() != null) {
            conditions.add("t.region_code like ?");
        }
        if (query.since() != null) {
            conditions.add("(t.updated_at > ? or exists (select 1 from actual_report r where r.target_id = t.id "
                    + "and r.created_at > ?))");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static void bind(PreparedStatement statement, ExportQuery query) throws SQLException {
        int at = 1;
        statement.setInt(at++, query.year());
        if (query.regionPrefix() != null) {
            statement.setString(at++, query.regionPrefix() + "%");
        }
        if (query.since() != null) {
            OffsetDateTime since = query.since().atOffset(ZoneOffset.UTC);
            statement.setObject(at++, since);
            statement.setObject(at, since);
        }
    }
}
