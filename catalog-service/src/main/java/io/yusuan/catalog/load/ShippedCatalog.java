package io.yusuan.catalog.load;

import io.yusuan.catalog.code.SchemeShape;
import io.yusuan.problem.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The code lists shipped in the repository under {@code catalog/} (see its README), loaded into an
 * empty catalogue by a Flyway migration and refreshed by a repeatable one whenever the files change.
 * A shipped file that breaks the rules fails the migration: it is a defect of ours, and the tests
 * catch it before it ships.
 */
public final class ShippedCatalog {

    /** The fiscal years whose lists are shipped: the source document's, and the current one. */
    public static final List<Integer> YEARS = List.of(2022, 2026);

    /** The schemes V1 creates, for naming the shipped files before any database is at hand. */
    private static final List<String> SCHEMES = List.of("functional", "economic-department", "economic-government", "revenue");

    private static final String COFOG_FILE = "catalog/cofog/functional.csv";

    /** Bump when the way the files are read or stored changes, so that databases are refreshed too. */
    private static final int FORMAT = 1;

    private final Connection connection;

    public ShippedCatalog(Connection connection) {
        this.connection = connection;
    }

    /** Loads every shipped file into the empty catalogue V2 creates. */
    public void load() throws SQLException {
        List<SchemeShape> shapes = shapes();
        for (int year : YEARS) {
            for (SchemeShape shape : shapes) {
                loadCodeList(shape, year);
            }
        }
        replaceShippedOnlyTables();
    }

    /**
     * Brings the catalogue up to date with the shipped files: every year still as shipped (or not yet
     * loaded) is replaced by its file, a year an administrator loaded is left alone; correspondence,
     * crosswalks and the COFOG mapping are only ever shipped, so they are replaced outright.
     */
    public void refresh() throws SQLException {
        List<SchemeShape> shapes = shapes();
        List<String> schemes = shapes.stream().map(SchemeShape::scheme).toList();
        if (!schemes.equals(SCHEMES)) {
            throw new IllegalStateException("The database has the schemes " + schemes + ", the shipped files " + SCHEMES);
        }
        for (int year : YEARS) {
            for (SchemeShape shape : shapes) {
                if (stillShipped(shape.scheme(), year)) {
                    loadCodeList(shape, year);
                    CodeListWriter.markShipped(connection, shape.scheme(), year, true);
                }
            }
        }
        replaceShippedOnlyTables();
        CodeListWriter.bumpCatalogVersion(connection);
    }

    /**
     * A checksum of every shipped file, line ends aside, and of {@link #FORMAT}: the repeatable migration
     * runs again when it changes.
     */
    public static int checksum() {
        List<String> files = new ArrayList<>();
        for (int year : YEARS) {
            SCHEMES.forEach(scheme -> files.add(codeListFile(scheme, year)));
            files.add(correspondenceFile(year));
        }
        for (String scheme : SCHEMES) {
            for (int i = 1; i < YEARS.size(); i++) {
                files.add(crosswalkFile(scheme, YEARS.get(i - 1), YEARS.get(i)));
            }
        }
        files.add(COFOG_FILE);
        CRC32 crc = new CRC32();
        crc.update(FORMAT);
        for (String file : files) {
            crc.update(file.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = openBytes(file)) {
                crc.update(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
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

    /** Correspondence, crosswalks and COFOG come only from the files, so each is replaced whole. */
    private void replaceShippedOnlyTables() throws SQLException {
        execute("delete from economic_correspondence");
        for (int year : YEARS) {
            loadCorrespondence(year);
        }
        execute("delete from crosswalk_change");
        for (String scheme : SCHEMES) {
            for (int i = 1; i < YEARS.size(); i++) {
                loadCrosswalk(scheme, YEARS.get(i - 1), YEARS.get(i));
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

    private void loadCodeList(SchemeShape shape, int year) throws SQLException {
        String resource = codeListFile(shape.scheme(), year);
        try (Reader csv = open(resource)) {
            List<CodeRow> rows = CodeListCsv.read(csv);
            List<FieldError> errors = CodeListRules.check(shape, rows);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(resource + " breaks the code-list rules: " + errors);
            }
            CodeListWriter.replaceYear(connection, shape.scheme(), year, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadCorrespondence(int year) throws SQLException {
        List<Map<String, String>> rows = records(correspondenceFile(year));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into economic_correspondence (fiscal_year, department_code, government_code_administrative,
                    government_code_institution, provenance) values (?, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : rows) {
                insert.setInt(1, year);
                insert.setString(2, row.get("department_code"));
                insert.setString(3, emptyToNull(row.get("government_code_administrative")));
                insert.setString(4, emptyToNull(row.get("government_code_institution")));
                insert.setString(5, row.get("provenance"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void loadCrosswalk(String scheme, int from, int to) throws SQLException {
        List<Map<String, String>> rows = records(crosswalkFile(scheme, from, to));
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
        List<Map<String, String>> rows = records(COFOG_FILE);
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

    /** The rows of a shipped file with a header, by column name. */
    private static List<Map<String, String>> records(String resource) {
        try (Reader csv = open(resource)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(csv).stream()
                    .map(CSVRecord::toMap)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String resource) {
        return new InputStreamReader(openBytes(resource), StandardCharsets.UTF_8);
    }

    /** A shipped file; one that is missing is a packaging defect, never an empty list. */
    private static InputStream openBytes(String resource) {
        InputStream in = ShippedCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The shipped file " + resource + " is missing");
        }
        return in;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
