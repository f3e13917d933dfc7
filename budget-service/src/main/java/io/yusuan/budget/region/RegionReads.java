package io.yusuan.budget.region;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Region roll-ups and rankings read published data only, through the read-only datasource {@code reads} (a replica in
 * a deployment of many nodes), each in one repeatable-read snapshot. What they answer is kept per instance under the
 * year's publication stamp, read in the same snapshot: a publication on any instance raises the stamp, so a result
 * kept before it is never served again, and an instance never needs telling.
 */
@ApplicationScoped
public class RegionReads {

    private final AgroalDataSource reads;
    private final Cache<List<Object>, Object> kept;

    public RegionReads(@DataSource("reads") AgroalDataSource reads,
            @ConfigProperty(name = "yusuan.region-cache.entries", defaultValue = "1000") long entries) {
        this.reads = reads;
        this.kept = Caffeine.newBuilder().maximumSize(entries).build();
    }

    /** What a read on the snapshot computes. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * What {@code read} answers for {@code year}, from memory if it was computed at the same publication stamp.
     *
     * @param what names the read and every parameter it depends on: equal for equal answers only
     */
    @SuppressWarnings("unchecked")
    <T> T read(int year, List<Object> what, Read<T> read) {
        try (Connection connection = reads.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<Object> key = List.of(what, stamp(connection, year));
                Object answer = kept.getIfPresent(key);
                if (answer == null) {
                    // computed outside the cache's lock: two first reads compute the same answer twice, harmlessly
                    answer = read.on(connection);
                    kept.put(key, answer);
                }
                return (T) answer;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the region's published budgets", e);
        }
    }

    private static long stamp(Connection connection, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RollupQuery.STAMP)) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
