package io.yusuan.catalog.region;

import io.yusuan.catalog.load.ShippedFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The region lists shipped under {@code catalog/regions/} (see its README): {@code years.csv} names each year
 * that has a list and the publication it follows, {@code {year}.csv} holds the list. Regions are only ever
 * shipped, never loaded through the API, so a refresh replaces every list. A file that breaks
 * {@link RegionFileRules}, or is missing, fails the migration: it is a defect of ours, and the tests catch it.
 */
public final class ShippedRegions {

    static final String INDEX = "catalog/regions/years.csv";

    /** Bump when the way the files are read or stored changes, so that databases are refreshed too. */
    private static final int FORMAT = 1;

    private final Connection connection;

    public ShippedRegions(Connection connection) {
        this.connection = connection;
    }

    /** One line of {@code years.csv}. */
    record ShippedYear(int year, String source, String url) {

        String file() {
            return "catalog/regions/" + year + ".csv";
        }
    }

    /** Replaces every stored list with the shipped ones and bumps the catalogue's version (and so every ETag). */
    public void refresh() throws SQLException {
        List<ShippedYear> years = years();
        execute("delete from region");
        execute("delete from region_list");
        for (ShippedYear year : years) {
            load(year);
        }
        execute("update catalog_state set version = version + 1");
    }

    /** A checksum of the index, every file it names, and {@link #FORMAT}, line ends aside. */
    public static int checksum() {
        List<String> files = new ArrayList<>();
        files.add(INDEX);
        years().forEach(year -> files.add(year.file()));
        return ShippedFiles.checksum(FORMAT, files);
    }

    /** The years {@code years.csv} lists, in its order. */
    static List<ShippedYear> years() {
        return ShippedFiles.records(INDEX).stream()
                .map(row -> new ShippedYear(Integer.parseInt(row.get("year")), row.get("source"), row.get("url")))
                .toList();
    }

    /** A year's file, as rows. */
    static List<Region> rows(ShippedYear year) {
        return ShippedFiles.records(year.file()).stream()
                .map(row -> new Region(row.get("code"), RegionLevel.valueOf(row.get("level")),
                        row.get("parent").isEmpty() ? null : row.get("parent"), row.get("name"), row.get("provenance")))
                .toList();
    }

    private void load(ShippedYear year) throws SQLException {
        List<Region> rows = rows(year);
        List<String> faults = RegionFileRules.check(rows);
        if (!faults.isEmpty()) {
            throw new IllegalStateException(year.file() + " breaks the region rules: " + faults);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region_list (list_year, source, url) values (?, ?, ?)")) {
            insert.setInt(1, year.year());
            insert.setString(2, year.source());
            insert.setString(3, year.url());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (list_year, code, level, parent_code, name, provenance) values (?, ?, ?, ?, ?, ?)")) {
            for (Region row : rows) {
                insert.setInt(1, year.year());
                insert.setString(2, row.code());
                insert.setString(3, row.level().name());
                insert.setString(4, row.parent());
                insert.setString(5, row.name());
                insert.setString(6, row.provenance());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
