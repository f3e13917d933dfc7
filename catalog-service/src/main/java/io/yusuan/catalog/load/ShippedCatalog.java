package io.yusuan.catalog.load;

import io.yusuan.catalog.code.Coverage;
import io.yusuan.catalog.code.SchemeShape;
import io.yusuan.catalog.correspondence.CorrespondenceCsv;
import io.yusuan.catalog.correspondence.CorrespondenceWriter;
import io.yusuan.problem.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The code lists shipped in the repository under {@code catalog/} (see its README), loaded into an
 * empty catalogue by a Flyway migration and refreshed by a repeatable one whenever the files change.
 * A shipped file that breaks the rules fails the migration: it is a defect of ours, and the tests
 * catch it before it ships.
 */
public final class ShippedCatalog {

    /** The index of the shipped years: adding a year is a folder of files and a line here, no code. */
    private static final String YEARS_FILE = "catalog/years.csv";

    /** The schemes V1 creates, for naming the shipped files before any database is at hand. */
    private static final List<String> SCHEMES = List.of("functional", "economic-department", "economic-government", "revenue");

    private static final String COFOG_FILE = "catalog/cofog/functional.csv";

    /** Bump when the way the files are read or stored changes, so that databases are refreshed too. */
    private static final int FORMAT = 2;

    private final Connection connection;

    public ShippedCatalog(Connection connection) {
        this.connection = connection;
    }

    /** One line of the index: a shipped year, the edition its lists follow and how much of it they hold. */
    public record ShippedYear(int year, String edition, Coverage coverage) {
    }

    /** The shipped years, oldest first, as the index lists them. */
    public static List<ShippedYear> years() {
        return ShippedFiles.records(YEARS_FILE).stream()
                .map(row -> new ShippedYear(Integer.parseInt(row.get("year")), row.get("edition"),
                        Coverage.valueOf(row.get("coverage").toUpperCase(java.util.Locale.ROOT))))
                .sorted(java.util.Comparator.comparingInt(ShippedYear::year))
                .toList();
    }

    /**
     * Brings the catalogue up to date with the shipped files (and fills a new one): every list and 对照表
     * still as shipped (or not yet loaded) is replaced by its file, one an administrator loaded is left
     * alone; crosswalks and the COFOG mapping are only ever shipped, so they are replaced outright.
     */
    public void refresh() throws SQLException {
        List<ShippedYear> years = years();
        List<SchemeShape> shapes = shapes();
        List<String> schemes = shapes.stream().map(SchemeShape::scheme).toList();
        if (!schemes.equals(SCHEMES)) {
            throw new IllegalStateException("The database has the schemes " + schemes + ", the shipped files " + SCHEMES);
        }
        for (ShippedYear year : years) {
            for (SchemeShape shape : shapes) {
                if (stillShipped(shape.scheme(), year.year())) {
                    loadCodeList(shape, year);
                    CodeListWriter.markShipped(connection, shape.scheme(), year.year(), true);
                }
            }
            if (CorrespondenceWriter.stillShipped(connection, year.year())) {
                try (Reader csv = ShippedFiles.reader(correspondenceFile(year.year()))) {
                    CorrespondenceWriter.replaceYear(connection, year.year(), CorrespondenceCsv.read(csv), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        replaceShippedOnlyTables(years);
        CodeListWriter.bumpCatalogVersion(connection);
    }

    /**
     * A checksum of every shipped file, line ends aside, and of {@link #FORMAT}: the repeatable migration
     * runs again when it changes.
     */
    public static int checksum() {
        List<String> files = new ArrayList<>();
        files.add(YEARS_FILE);
        List<ShippedYear> years = years();
        for (ShippedYear year : years) {
            SCHEMES.forEach(scheme -> files.add(codeListFile(scheme, year.year())));
            files.add(correspondenceFile(year.year()));
        }
        for (String scheme : SCHEMES) {
            for (int i = 1; i < years.size(); i++) {
                files.add(crosswalkFile(scheme, years.get(i - 1).year(), years.get(i).year()));
            }
        }
        files.add(COFOG_FILE);
        return ShippedFiles.checksum(FORMAT, files);
    }

    private static String codeListFile(String scheme, int year) {
        return "catalog/" + year + "/" + scheme + ".csv";
    }

    private static String correspondenceFile(int year) {
        return "catalog/" + year + "/correspondence.csv";
    }

    private static String crosswalkFile(String scheme, int from, int to) {
        return "catalog/crosswalks/" + scheme + "/" + from + "-" + to + ".csv";
    }

    /** Crosswalks and COFOG come only from the files, so each is replaced whole. */
    private void replaceShippedOnlyTables(List<ShippedYear> years) throws SQLException {
        execute("delete from crosswalk_change");
        for (String scheme : SCHEMES) {
            for (int i = 1; i < years.size(); i++) {
                loadCrosswalk(scheme, years.get(i - 1).year(), years.get(i).year());
            }
        }
        execute("delete from cofog_mapping");
        loadCofog();
    }

    private boolean stillShipped(String scheme, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select shipped from scheme_year where scheme_id = ? and fiscal_year = ?")) {
            select.setString(1, scheme);
            select.setInt(2, year);
            try (ResultSet row = select.executeQuery()) {
                return !row.next() || row.getBoolean(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private List<SchemeShape> shapes() throws SQLException {
        List<SchemeShape> shapes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, code_lengths from scheme order by sort_order");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                shapes.add(new SchemeShape(rows.getString(1),
                        Arrays.stream(rows.getString(2).split(",")).map(Integer::valueOf).toList()));
            }
        }
        return shapes;
    }

    private void loadCodeList(SchemeShape shape, ShippedYear year) throws SQLException {
        String resource = codeListFile(shape.scheme(), year.year());
        try (Reader csv = ShippedFiles.reader(resource)) {
            List<CodeRow> rows = CodeListCsv.read(csv);
            List<FieldError> errors = CodeListRules.check(shape, rows);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(resource + " breaks the code-list rules: " + errors);
            }
            CodeListWriter.replaceYear(connection, shape.scheme(), year.year(), year.coverage(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadCrosswalk(String scheme, int from, int to) throws SQLException {
        List<Map<String, String>> rows = ShippedFiles.records(crosswalkFile(scheme, from, to));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into crosswalk_change (scheme_id, from_year, to_year, from_code, to_code, change, note)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : rows) {
                insert.setString(1, scheme);
                insert.setInt(2, from);
                insert.setInt(3, to);
                insert.setString(4, row.get("from_code"));
                insert.setString(5, row.get("to_code"));
                insert.setString(6, row.get("change"));
                insert.setString(7, emptyToNull(row.get("note")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void loadCofog() throws SQLException {
        List<Map<String, String>> rows = ShippedFiles.records(COFOG_FILE);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into cofog_mapping (functional_code, cofog_code, cofog_name, confidence) values (?, ?, ?, ?)""")) {
            for (Map<String, String> row : rows) {
                insert.setString(1, row.get("functional_code"));
                insert.setString(2, row.get("cofog_code"));
                insert.setString(3, row.get("cofog_name"));
                insert.setString(4, row.get("confidence"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
