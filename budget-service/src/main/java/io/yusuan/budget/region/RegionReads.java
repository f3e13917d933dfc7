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
 * a deployment of many nodes), each in one repeatable-read snapshot. What they answer is kept per instance with the
 * year's publication stamp, read in the same snapshot: a publication on any instance raises the stamp, so a result
 * kept before it is never served again, and an instance never needs telling. A read that can be brought up to date
 * from what it kept is ({@link Advance}), for a few publications change a few budgets of thousands. The stamp is the
 * answer's ETag too.
 */
@ApplicationScoped
public class RegionReads {

    /**
     * Opens the snapshot, sent with the stamp's select in one round trip. The transaction is begun and ended in SQL on
     * a connection the pool keeps in autocommit: with the driver's read-only mode, switching autocommit off and back
     * costs a round trip each way, which a roll-up of a few milliseconds feels.
     */
    private static final String BEGIN = "begin isolation level repeatable read";

    /**
     * The most publication events an answer is brought up to date over; beyond, it is read again. Bringing it up
     * reads the lines of every budget published since, once or twice each: past a few dozen, more than the kept sums.
     */
    static final long MOST_ADVANCED = 64;

    private final AgroalDataSource reads;
    private final Cache<List<Object>, Kept> kept;

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

    /** What brings an answer read at an earlier stamp up to the snapshot's, on the snapshot. */
    @FunctionalInterface
    interface Advance<T> {
        T from(Connection connection, T kept, long stamp) throws SQLException;
    }

    /** An answer, and its entity tag: the same for the same question at the same publication stamp, on every instance. */
    record Stamped<T>(T answer, EntityTag tag) {
    }

    /** An answer as of a publication stamp. */
    private record Kept(long stamp, Object answer) {
    }

    /**
     * What {@code read} answers for {@code year}, from memory if it was computed at the same publication stamp.
     *
     * @param what names the read and every parameter it depends on, by their text: equal for equal answers only
     */
    <T> Stamped<T> read(int year, List<Object> what, Read<T> read) {
        return read(year, what, read, null);
    }

    /**
     * What {@code read} answers for {@code year}: from memory if it was computed at the same publication stamp; else
     * brought up to the stamp by {@code advance} from what was kept at an earlier one, if that is at most
     * {@link #MOST_ADVANCED} events before; else read.
     *
     * @param what names the read and every parameter it depends on, by their text: equal for equal answers only
     */
    @SuppressWarnings("unchecked")
    <T> Stamped<T> read(int year, List<Object> what, Read<T> read, Advance<T> advance) {
        try (Connection connection = reads.getConnection(); Statement end = connection.createStatement()) {
            boolean open = true;
            try {
                long stamp = begin(connection, year);
                // each year has its own stamps: a year's answer is never brought up to another's
                List<Object> key = List.of(year, what);
                Kept before = kept.getIfPresent(key);
                Object answer;
                if (before != null && before.stamp() == stamp) {
                    answer = before.answer();
                } else {
                    // computed outside the cache's lock: two first reads compute the same answer twice, harmlessly
                    answer = advance != null && before != null && before.stamp() < stamp
                            && stamp - before.stamp() <= MOST_ADVANCED
                            ? advance.from(connection, (T) before.answer(), before.stamp()) : read.on(connection);
                    // an instance reading a replica behind another's keeps the newer answer
                    kept.asMap().merge(key, new Kept(stamp, answer),
                            (older, newer) -> older.stamp() > newer.stamp() ? older : newer);
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
