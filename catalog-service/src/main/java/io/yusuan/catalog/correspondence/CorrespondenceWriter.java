package io.yusuan.catalog.correspondence;

import io.yusuan.catalog.load.CodeListWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a checked 对照表, replacing whatever the year had. Plain JDBC, because the same writer serves
 * the migration that loads the shipped files and an administrator's load.
 */
public final class CorrespondenceWriter {

    private CorrespondenceWriter() {
    }

    /**
     * @param shipped whether the pairs are the shipped file's (a refresh may replace them) or an administrator's
     * @return true if the year had no 对照表 before
     */
    public static boolean replaceYear(Connection connection, int year, List<CorrespondenceCsv.Pair> pairs, boolean shipped)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from economic_correspondence where fiscal_year = ?")) {
            delete.setInt(1, year);
            delete.executeUpdate();
        }
        boolean created;
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into correspondence_year (fiscal_year, shipped, loaded_at) values (?, ?, now())
                on conflict (fiscal_year) do update set shipped = excluded.shipped, loaded_at = now()
                returning (xmax = 0)""")) {
            upsert.setInt(1, year);
            upsert.setBoolean(2, shipped);
            try (var result = upsert.executeQuery()) {
                result.next();
                created = result.getBoolean(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into economic_correspondence (fiscal_year, department_code, unit_column, government_code, provenance)
                values (?, ?, ?, ?, ?)""")) {
            for (CorrespondenceCsv.Pair pair : pairs) {
                insert.setInt(1, year);
                insert.setString(2, pair.departmentCode());
                insert.setString(3, pair.column().name());
                insert.setString(4, pair.governmentCode());
                insert.setString(5, pair.provenance());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        CodeListWriter.bumpCatalogVersion(connection);
        return created;
    }

    /** Whether the year's 对照表 is the shipped file's, or is missing: a refresh may then write it. */
    public static boolean stillShipped(Connection connection, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select shipped from correspondence_year where fiscal_year = ?")) {
            select.setInt(1, year);
            try (var row = select.executeQuery()) {
                return !row.next() || row.getBoolean(1);
            }
        }
    }
}
