package io.yusuan.budget.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the caller's connection, so
 * in its transaction: one statement for every row, instead of one insert each, which is what lets a package of tens
 * of thousands of lines load at a good fraction of the speed of COPY itself. Values are escaped as the text format
 * requires, so a name with a tab, a line break or a backslash is stored exactly as it was given.
 */
final class CopyRows implements AutoCloseable {

    /** Rows are sent in chunks of about this many bytes, so a large package is never held twice in memory. */
    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(CHUNK + 1024);
    private boolean first = true;
    private boolean ended;

    /**
     * @param columns the table and its columns as COPY names them, e.g. {@code finding (version_id, seq)}
     */
    CopyRows(Connection connection, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + columns + " from stdin");
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            row.append("\\N");
        } else {
            escape(value, row);
        }
        return this;
    }

    CopyRows number(long value) {
        separate();
        row.append(value);
        return this;
    }

    CopyRows amount(BigDecimal value) {
        separate();
        row.append(value == null ? "\\N" : value.toPlainString());
        return this;
    }

    CopyRows bool(boolean value) {
        separate();
        row.append(value ? 't' : 'f');
        return this;
    }

    /** Ends the current row; sends what has gathered once it is a chunk. */
    void endRow() throws SQLException {
        row.append('\n');
        first = true;
        if (row.length() >= CHUNK) {
            send();
        }
    }

    /** Sends the last rows and ends the COPY; the rows are then in the table, in the caller's transaction. */
    long finish() throws SQLException {
        send();
        ended = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    private void send() throws SQLException {
        if (!row.isEmpty()) {
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            row.setLength(0);
        }
    }

    /**
     * Appends {@code value} as COPY's text format reads it back exactly: the backslash, the column separator (tab)
     * and the line ends are written as backslash sequences; every other character, Chinese ones too, as it is.
     */
    static void escape(String value, StringBuilder to) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> to.append("\\\\");
                case '\t' -> to.append("\\t");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                default -> to.append(c);
            }
        }
    }
}
