package io.yusuan.catalog.load;

import io.yusuan.catalog.code.Coverage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes a checked code list, replacing whatever the year had. Plain JDBC with batches, because the
 * same writer serves the Flyway migration that loads the shipped files (where no ORM exists yet) and
 * an administrator's load; the caller's transaction makes it all-or-nothing.
 */
public final class CodeListWriter {

    private CodeListWriter() {
    }

    /**
     * @return true if the year was new, false if it replaced a loaded one
     */
    public static boolean replaceYear(Connection connection, String scheme, int year, Coverage coverage,
            List<CodeRow> rows) throws SQLException {
        boolean existed;
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from classification_code where scheme_id = ? and fiscal_year = ?")) {
            delete.setString(1, scheme);
            delete.setInt(2, year);
            delete.executeUpdate();
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into scheme_year (scheme_id, fiscal_year, provenance, provisional_codes, coverage, loaded_at, version)
                values (?, ?, ?, ?, ?, now(), 1)
                on conflict (scheme_id, fiscal_year)
                do update set provenance = excluded.provenance, provisional_codes = excluded.provisional_codes,
                    coverage = excluded.coverage, loaded_at = now(), version = scheme_year.version + 1
                returning version""")) {
            upsert.setString(1, scheme);
            upsert.setInt(2, year);
            upsert.setString(3, yearProvenance(rows));
            upsert.setInt(4, (int) rows.stream().filter(CodeRow::provisional).count());
            upsert.setString(5, coverage.name());
            try (ResultSet version = upsert.executeQuery()) {
                version.next();
                existed = version.getLong(1) > 1;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into classification_code (scheme_id, fiscal_year, code, level, parent_code, name, name_en,
                    provenance, basic_category, three_public_part)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CodeRow row : rows) {
                insert.setString(1, scheme);
                insert.setInt(2, year);
                insert.setString(3, row.code());
                insert.setInt(4, row.level().depth());
                setNullable(insert, 5, row.parent());
                insert.setString(6, row.name());
                setNullable(insert, 7, row.nameEn());
                insert.setString(8, row.provenance());
                setNullable(insert, 9, row.basicCategory() == null ? null : row.basicCategory().name());
                setNullable(insert, 10, row.threePublicPart() == null ? null : row.threePublicPart().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        bumpCatalogVersion(connection);
        return !existed;
    }

    /**
     * Records whether a year holds its shipped file or an administrator's load: refreshes from the
     * shipped files replace only the former.
     */
    public static void markShipped(Connection connection, String scheme, int year, boolean shipped) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update scheme_year set shipped = ? where scheme_id = ? and fiscal_year = ?")) {
            update.setBoolean(1, shipped);
            update.setString(2, scheme);
            update.setInt(3, year);
            update.executeUpdate();
        }
    }

    /** Marks the whole catalogue changed, so that cached reads (ETags) are revalidated. */
    public static void bumpCatalogVersion(Connection connection) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("update catalog_state set version = version + 1")) {
            bump.executeUpdate();
        }
    }

    /** The editions the year's rows were checked against, or {@code provisional} if none was. */
    static String yearProvenance(List<CodeRow> rows) {
        return rows.stream().filter(row -> !row.provisional()).map(CodeRow::provenance).distinct().sorted()
                .reduce((a, b) -> a + "; " + b).orElse(CodeRow.PROVISIONAL);
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
