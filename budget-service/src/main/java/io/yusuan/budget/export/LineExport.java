package io.yusuan.budget.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * An export of lines, open on one read-only REPEATABLE READ transaction: its summary (which the response headers
 * name) and its lines (which the body streams) are of the same snapshot. The body writer streams it once and
 * closes it; an export that is never streamed (a HEAD, a failed response) is closed by {@link #abandon()}.
 */
public final class LineExport implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LineExport.class);

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    /** Receives the lines as the cursor reads them. */
    @FunctionalInterface
    public interface Sink {
        void accept(ExportLine line) throws IOException;
    }

    private enum State { OPEN, STREAMING, CLOSED }

    private final Connection connection;
    private final ExportRequest request;
    private final Summary summary;
    private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

    /**
     * @param budgets how many budgets the export holds
     * @param newestSequence the highest publication sequence among them, 0 for none
     * @param newestPublication the latest of their publication instants, or null for none
     */
    public record Summary(long budgets, long newestSequence, Instant newestPublication) {
    }

    LineExport(Connection connection, ExportRequest request, Summary summary) {
        this.connection = connection;
        this.request = request;
        this.summary = summary;
    }

    public Summary summary() {
        return summary;
    }

    public ExportRequest request() {
        return request;
    }

    /** Streams every line to {@code sink}, then closes the export. */
    public void stream(Sink sink) throws IOException {
        if (!state.compareAndSet(State.OPEN, State.STREAMING)) {
            throw new IOException("The export was closed before it was streamed.");
        }
        try {
            ExportQuery.lines(connection, request, sink);
        } catch (SQLException e) {
            throw new IOException("The export's query failed", e);
        } finally {
            release();
        }
    }

    /** Closes the export unless it is being streamed: the streaming closes it when it ends. */
    public void abandon() {
        if (state.compareAndSet(State.OPEN, State.CLOSED)) {
            release();
        }
    }

    @Override
    public void close() {
        abandon();
    }

    private void release() {
        state.set(State.CLOSED);
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Could not end the export's read-only transaction", e);
        }
    }
}
