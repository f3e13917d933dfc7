package io.yusuan.budget.region;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.yusuan.budget.table.SqlBatch;
import io.yusuan.budget.version.VersionRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Region roll-ups and rankings read published data only, through the read-only datasource {@code reads} (a replica in
 * a deployment of many nodes), each in one repeatable-read snapshot. What they answer is kept per instance under the
 * year's publication stamp, read in the same snapshot: a publication on any instance raises the stamp, so a result
 * kept before it is never served again, and an instance never needs telling. The stamp is the answer's ETag too.
 */
@ApplicationScoped
public class RegionReads {

    /**
     * Opens the snapshot, sent with the stamp's select in one round trip. The transaction is begun and ended in SQL on
     * a connection the pool keeps in autocommit: with the driver's read-only mode, switching autocommit off and back
     * costs a round trip each way, which a roll-up of a few milliseconds feels.
     */
    private static final String BEGIN = "begin isolation level repeatable read";

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

    /** An answer, and its entity tag: the same for the same question at the same publication stamp, on every instance. */
    record Stamped<T>(T answer, EntityTag tag) {
    }

    /**
     * What {@code read} answers for {@code year}, from memory if it was computed at the same publication stamp.
     *
     * @param what names the read and every parameter it depends on, by their text: equal for equal answers only
     */
    @SuppressWarnings("unchecked")
    <T> Stamped<T> read(int year, List<Object> what, Read<T> read) {
        try (Connection connection = reads.getConnection(); Statement end = connection.createStatement()) {
            boolean open = true;
            try {
                long stamp = begin(connection, year);
                List<Object> key = List.of(what, stamp);
                Object answer = kept.getIfPresent(key);
                if (answer == null) {
                    // computed outside the cache's lock: two first reads compute the same answer twice, harmlessly
                    answer = read.on(connection);
                    kept.put(key, answer);
                }
                end.execute("commit");
                open = false;
                return new Stamped<>((T) answer, new EntityTag(year + "." + stamp + "-" + VersionRead.digest(what)));
            } finally {
                if (open) {
                    // never hand the pool a connection inside a transaction
                    end.execute("rollback");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the region's published budgets", e);
        }
    }

    private static long begin(Connection connection, int year) throws SQLException {
        return ((Number) SqlBatch.results(connection, List.of(BEGIN, RollupQuery.stamp(year))).get(0).get(0)[0])
                .longValue();
    }
}
